"""Searches for repeated and non-repeating stretches of characters in a string."""


def first_repeat(text: str) -> str | None:
    """The first character that occurs a second time, scanning left to right."""
    seen: set[str] = set()
    for char in text:
        if char in seen:
            return char
        seen.add(char)
    return None


def longest_unique_span(text: str) -> tuple[int, int]:
    """(start, end) of the leftmost longest slice of text without a repeated character."""
    last_seen: dict[str, int] = {}
    window_start = 0
    best = (0, 0)
    for index, char in enumerate(text):
        if last_seen.get(char, -1) >= window_start:
            window_start = last_seen[char] + 1
        if index + 1 - window_start > best[1] - best[0]:
            best = (window_start, index + 1)
    return best


def longest_unique_substring(text: str) -> str:
    start, end = longest_unique_span(text)
    return text[start:end]


def is_isogram(word: str) -> bool:
    """True if no letter repeats, ignoring case, spaces and hyphens."""
    letters = [c for c in word.lower() if c.isalpha()]
    return len(letters) == len(set(letters))
