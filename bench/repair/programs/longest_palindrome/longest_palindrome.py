"""Palindromic substrings by expanding around every centre."""


def _expand(text: str, left: int, right: int) -> str:
    """Widest palindrome of text centred between left and right (inclusive)."""
    while left >= 0 and right < len(text) and text[left] == text[right]:
        left -= 1
        right += 1
    return text[left + 1:right]


def longest_palindrome(text: str) -> str:
    """The longest palindromic substring; the leftmost one on ties."""
    best = ""
    for center in range(len(text)):
        odd = _expand(text, center, center)
        even = _expand(text, center, center + 1)
        if len(odd) > len(best):
            best = odd
        if len(even) > len(best):
            best = odd
    return best


def count_palindromes(text: str) -> int:
    """Number of palindromic substrings, counted by position."""
    total = 0
    for center in range(len(text)):
        total += (len(_expand(text, center, center)) + 1) // 2
        total += len(_expand(text, center, center + 1)) // 2
    return total


def is_palindrome(text: str) -> bool:
    """Ignores case, spaces and punctuation."""
    letters = [char.lower() for char in text if char.isalnum()]
    return letters == letters[::-1]
