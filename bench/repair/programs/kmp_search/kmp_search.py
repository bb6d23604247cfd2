"""Substring search with the Knuth-Morris-Pratt algorithm."""


def prefix_table(pattern: str) -> list[int]:
    """table[i]: length of the longest proper prefix of pattern[:i + 1] that is also its suffix."""
    table = [0] * len(pattern)
    k = 0
    for i in range(1, len(pattern)):
        while k > 0 and pattern[i] != pattern[k]:
            k = table[k - 1]
        if pattern[i] == pattern[k]:
            k += 1
        table[i] = k
    return table


def find_all(text: str, pattern: str) -> list[int]:
    """Start index of every occurrence of pattern in text, overlapping ones included."""
    if not pattern:
        return list(range(len(text) + 1))
    table = prefix_table(pattern)
    matches = []
    k = 0
    for i, char in enumerate(text):
        while k > 0 and char != pattern[k]:
            k = table[k - 1]
        if char == pattern[k]:
            k += 1
        if k == len(pattern):
            matches.append(i - k)
            k = table[k - 1]
    return matches


def count(text: str, pattern: str) -> int:
    return len(find_all(text, pattern))


def first(text: str, pattern: str) -> int:
    """Index of the first occurrence, -1 if there is none (like str.find)."""
    found = find_all(text, pattern)
    return found[0] if found else -1
