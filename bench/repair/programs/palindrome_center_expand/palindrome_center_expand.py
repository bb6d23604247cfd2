"""Palindromic substrings found by expanding around every centre."""


def _expand(s, lo, hi):
    """Grow s[lo:hi + 1] outwards while it stays a palindrome; return its bounds."""
    while hi < len(s) and s[lo] == s[hi]:
        lo -= 1
        hi += 1
    return lo + 1, hi


def _centres(n):
    for c in range(n):
        yield c, c          # odd length, centred on a character
        yield c, c + 1      # even length, centred between two characters


def longest_palindrome(s):
    """The longest palindromic substring of s (the leftmost one on ties)."""
    best_lo, best_hi = 0, 0
    for lo, hi in _centres(len(s)):
        lo, hi = _expand(s, lo, hi)
        if hi - lo > best_hi - best_lo:
            best_lo, best_hi = lo, hi
    return s[best_lo:best_hi]


def palindrome_spans(s, min_length=2):
    """Sorted (start, end) spans, at least min_length long, of the widest palindrome at each centre."""
    spans = set()
    for lo, hi in _centres(len(s)):
        lo, hi = _expand(s, lo, hi)
        if hi - lo >= min_length:
            spans.add((lo, hi))
    return sorted(spans)


def shortest_palindrome_extension(s):
    """s extended with the fewest characters appended so that it reads as a palindrome."""
    cut = len(s)
    for lo, hi in _centres(len(s)):
        lo, hi = _expand(s, lo, hi)
        if hi == len(s):
            cut = min(cut, lo)
    return s + s[:cut][::-1]
