"""Longest substring with at most k distinct characters (two-pointer sliding window)."""


def longest_k_distinct(text: str, k: int) -> str:
    """The longest substring of text that uses at most k distinct characters.

    Ties go to the leftmost such substring; k <= 0 gives "".
    """
    if k <= 0:
        return ""
    counts: dict[str, int] = {}
    left = 0
    best_start, best_length = 0, 0
    for right, char in enumerate(text):
        counts[char] = counts.get(char, 0) + 1
        while len(counts) > k:
            dropped = text[right]
            counts[dropped] -= 1
            if counts[dropped] == 0:
                del counts[dropped]
            left += 1
        length = right - left
        if length > best_length:
            best_start, best_length = left, length
    return text[best_start:best_start + best_length]


def longest_two_kinds(baskets: list[str]) -> int:
    """Fruit-into-baskets: the longest run of trees holding at most two kinds of fruit."""
    symbols: dict[str, str] = {}
    encoded = "".join(symbols.setdefault(kind, chr(0xE000 + len(symbols))) for kind in baskets)
    return len(longest_k_distinct(encoded, 2))
