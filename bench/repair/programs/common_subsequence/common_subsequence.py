"""Longest common subsequence of two strings (dynamic programming)."""


def lcs_table(a: str, b: str) -> list[list[int]]:
    """table[i][j] is the LCS length of a[:i] and b[:j]."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table


def lcs_length(a: str, b: str) -> int:
    return lcs_table(a, b)[len(a)][len(b)]


def lcs(a: str, b: str) -> str:
    """One longest common subsequence of `a` and `b`."""
    table = lcs_table(a, b)
    i, j = len(a), len(b)
    picked: list[str] = []
    while i > 0 and j > 0:
        if a[i - 1] == b[j - 1]:
            picked.append(a[j - 1])
            i -= 1
            j -= 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return "".join(reversed(picked))


def similarity(a: str, b: str) -> float:
    """2 * LCS / total length: 1.0 for equal strings, 0.0 for nothing in common."""
    if not a and not b:
        return 1.0
    return 2 * lcs_length(a, b) / (len(a) + len(b))
