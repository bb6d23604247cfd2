"""Rabin-Karp rolling hashes: occurrence counting and the longest repeated substring."""

from collections.abc import Iterator

BASE = 257
MOD = (1 << 61) - 1


def window_hashes(text: str, length: int) -> Iterator[tuple[int, int]]:
    """(start, hash) of every window of `length` characters, rolled in O(1) per step."""
    if length <= 0 or length > len(text):
        return
    high = pow(BASE, length - 1, MOD)
    value = 0
    for char in text[:length]:
        value = (value * BASE + ord(char)) % MOD
    yield 0, value
    for start in range(1, len(text) - length + 1):
        value = (value + ord(text[start - 1]) * high) % MOD
        value = (value * BASE + ord(text[start + length - 1])) % MOD
        yield start, value


def count_occurrences(text: str, pattern: str) -> int:
    """Occurrences of a non-empty pattern, overlapping ones included."""
    target = next(window_hashes(pattern, len(pattern)), (0, None))[1]
    return sum(
        1
        for start, value in window_hashes(text, len(pattern))
        if value == target and text[start : start + len(pattern)] == pattern
    )


def find_repeat(text: str, length: int) -> int | None:
    """Start of a window of `length` characters that occurs again later, else None."""
    seen: dict[int, list[int]] = {}
    for start, value in window_hashes(text, length):
        window = text[start : start + length]
        for earlier in seen.get(value, []):
            if text[earlier : earlier + length] == window:
                return earlier
        seen.setdefault(value, []).append(start)
    return None


def longest_repeat(text: str) -> str:
    """Longest substring occurring at least twice (occurrences may overlap)."""
    low, high = 0, len(text) - 1
    best_start = 0
    while low < high:
        middle = (low + high + 1) // 2
        start = find_repeat(text, middle)
        if start is None:
            high = middle - 1
        else:
            low, best_start = middle, start
    return text[best_start : best_start + low]
