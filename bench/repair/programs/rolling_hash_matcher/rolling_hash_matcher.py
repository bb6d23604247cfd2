"""Substring search with a polynomial rolling hash (Rabin-Karp)."""

BASE = 131
MOD = (1 << 61) - 1


def poly_hash(s):
    """Hash of s as the base-BASE number formed by its code points, mod MOD."""
    h = 0
    for ch in s:
        h = (h * BASE + ord(ch)) % MOD
    return h


def window_hashes(text, width):
    """Yield (start, hash) for every window of the given width, left to right."""
    if width <= 0 or width > len(text):
        return
    high = pow(BASE, width - 1, MOD)
    h = poly_hash(text[:width])
    yield 0, h
    for start in range(1, len(text) - width + 1):
        dropped = ord(text[start - 1])
        added = ord(text[start + width - 1])
        h = ((h - dropped) * BASE + added) % MOD
        yield start, h


def find_all(text, pattern):
    """Start indices of every occurrence of pattern in text, overlaps included."""
    if not pattern:
        return list(range(len(text) + 1))
    target = poly_hash(pattern)
    m = len(pattern)
    return [start for start, h in window_hashes(text, m)
            if h == target and text[start:start + m] == pattern]


def first_repeat(text, width):
    """The first window of the given width that already occurred earlier, or None."""
    seen = {}
    for start, h in window_hashes(text, width):
        chunk = text[start:start + width]
        if chunk in seen.get(h, ()):
            return chunk
        seen.setdefault(h, set()).add(chunk)
    return None
