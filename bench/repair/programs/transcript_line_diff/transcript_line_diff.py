"""Line diff between two versions of a transcript (or any list of lines).

Uses a longest-common-subsequence table, so the diff keeps as many lines as
possible.  When deleting and inserting are equally good, deletions are
listed first, as in `diff -u`.
"""


def lcs_table(a, b):
    """table[i][j] = length of the LCS of a[i:] and b[j:]."""
    rows, cols = len(a), len(b)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if a[i] == b[j]:
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    return table


def diff_lines(a, b):
    """Return a list of (tag, line) with tag " " (kept), "-" (removed) or "+" (added)."""
    table = lcs_table(a, b)
    ops = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append((" ", a[i]))
            i += 1
            j += 1
        elif table[i][j + 1] >= table[i + 1][j]:
            ops.append(("-", a[i]))
            i += 1
        else:
            ops.append(("+", b[j]))
            j += 1
    ops.extend(("-", line) for line in a[i:])
    ops.extend(("+", line) for line in b[j:])
    return ops


def render(ops):
    return "\n".join(tag + line for tag, line in ops)


def similarity(a, b):
    """Share of lines the two versions have in common, from 0.0 to 1.0."""
    if not a and not b:
        return 1.0
    return 2 * lcs_table(a, b)[0][0] / (len(a) + len(b))
