"""Wildcard matching with '?' (any one character) and '*' (any run, even empty)."""


def wildcard_match(text, pattern):
    """True if the whole of text matches pattern."""
    n, m = len(text), len(pattern)
    # ok[i][j]: text[:i] matches pattern[:j]
    ok = [[False] * (m + 1) for _ in range(n + 1)]
    ok[0][0] = True
    for j in range(1, m + 1):
        if pattern[j - 1] == "*":
            ok[0][j] = ok[0][j - 1]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            p = pattern[j - 1]
            if p == "*":
                ok[i][j] = ok[i - 1][j] and ok[i][j - 1]
            elif p == "?" or p == text[i - 1]:
                ok[i][j] = ok[i - 1][j - 1]
    return ok[n][m]


def filter_names(names, pattern):
    """The names matching pattern, in their original order."""
    return [name for name in names if wildcard_match(name, pattern)]


def first_rule(name, rules, default=None):
    """Value of the first (pattern, value) rule whose pattern matches name."""
    for pattern, value in rules:
        if wildcard_match(name, pattern):
            return value
    return default


def simplify(pattern):
    """Collapse runs of '*' into one; the set of matched strings does not change."""
    out = []
    for ch in pattern:
        if ch == "*" and out and out[-1] == "*":
            continue
        out.append(ch)
    return "".join(out)
