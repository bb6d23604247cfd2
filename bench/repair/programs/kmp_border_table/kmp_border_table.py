"""Knuth-Morris-Pratt border table and the searches built on it."""


def border_table(s):
    """table[i] is the length of the longest proper border of s[:i + 1]."""
    table = [0] * len(s)
    k = 0
    for i in range(1, len(s)):
        while k > 0 and s[i] != s[k]:
            k = table[k - 1]
        if s[i] == s[k]:
            k += 1
        table[i] = k
    return table


def find_all(text, pattern):
    """Start indices of every occurrence of pattern in text, overlaps included."""
    if not pattern:
        return list(range(len(text) + 1))
    table = border_table(pattern)
    hits = []
    k = 0
    for i, ch in enumerate(text):
        while k > 0 and ch != pattern[k]:
            k = table[k - 1]
        if ch == text[k]:
            k += 1
        if k == len(pattern):
            hits.append(i - k + 1)
            k = table[k - 1]
    return hits


def count_occurrences(text, pattern):
    """Number of (possibly overlapping) occurrences of pattern in text."""
    return len(find_all(text, pattern))


def shortest_period(s):
    """Smallest p > 0 with s[i] == s[i + p] wherever both exist (0 for '')."""
    if not s:
        return 0
    return len(s) - border_table(s)[-1]


def primitive_root(s):
    """The shortest string r such that s is r repeated a whole number of times."""
    p = shortest_period(s)
    if p and len(s) % p == 0:
        return s[:p]
    return s
