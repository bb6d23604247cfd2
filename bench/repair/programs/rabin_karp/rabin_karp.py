"""Substring search with a Rabin-Karp rolling hash."""

BASE = 256
MODULUS = 1_000_000_007


def _hash(text: str) -> int:
    value = 0
    for char in text:
        value = (value * BASE + ord(char)) % MODULUS
    return value


def find_all(text: str, pattern: str) -> list[int]:
    """Start index of every occurrence of `pattern` in `text`, overlapping ones included."""
    n, m = len(text), len(pattern)
    if m == 0:
        return list(range(n + 1))
    if m > n:
        return []
    target = _hash(pattern)
    window = _hash(text[:m])
    leading = pow(BASE, m - 1, MODULUS)  # weight of the character leaving the window
    matches = []
    for start in range(n - m):
        if window == target and text[start:start + m] == pattern:
            matches.append(start)
        if start + m < n:
            window = (window - ord(text[start]) * leading) % MODULUS
            window = (window * BASE + ord(text[start + m])) % MODULUS
    return matches


def count(text: str, pattern: str) -> int:
    return len(find_all(text, pattern))


def find_first(text: str, pattern: str) -> int:
    """Like str.find: the first start index, or -1."""
    matches = find_all(text, pattern)
    return matches[0] if matches else -1
