"""Line diff (longest common subsequence) rendered as unified-diff hunks.

Changes closer together than 2 * context unchanged lines share one hunk, as in
`diff -u`; a gap of exactly 2 * context lines is still joined.
"""


def diff_ops(old, new):
    """List of (tag, line): " " kept, "-" removed, "+" added; removals come first."""
    n, m = len(old), len(new)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if old[i] == new[j]:
                lcs[i][j] = lcs[i + 1][j + 1] + 1
            else:
                lcs[i][j] = max(lcs[i + 1][j], lcs[i][j + 1])
    ops, i, j = [], 0, 0
    while i < n and j < m:
        if old[i] == new[j]:
            ops.append((" ", old[i]))
            i, j = i + 1, j + 1
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            ops.append(("-", old[i]))
            i += 1
        else:
            ops.append(("+", new[j]))
            j += 1
    ops += [("-", line) for line in old[i:]]
    ops += [("+", line) for line in new[j:]]
    return ops


def group_hunks(ops, context=3):
    """Index ranges [start, end) into ops, one per hunk, context included."""
    changed = [k for k, (tag, _) in enumerate(ops) if tag != " "]
    if not changed:
        return []
    groups = [[changed[0], changed[0]]]
    for k in changed[1:]:
        if k - groups[-1][1] - 1 < 2 * context:
            groups[-1][1] = k
        else:
            groups.append([k, k])
    return [(max(0, first - context), min(len(ops), last + context + 1))
            for first, last in groups]


def unified_diff(old, new, context=3):
    """Hunks as text lines, each starting with an "@@ -a,b +c,d @@" header."""
    ops = diff_ops(old, new)
    out = []
    for start, end in group_hunks(ops, context):
        before = ops[:start]
        old_start = sum(tag != "+" for tag, _ in before) + 1
        new_start = sum(tag != "-" for tag, _ in before) + 1
        body = ops[start:end]
        old_len = sum(tag != "+" for tag, _ in body)
        new_len = sum(tag != "-" for tag, _ in body)
        old_start -= old_len == 0
        new_start -= new_len == 0
        out.append(f"@@ -{old_start},{old_len} +{new_start},{new_len} @@")
        out += [tag + line for tag, line in body]
    return out
