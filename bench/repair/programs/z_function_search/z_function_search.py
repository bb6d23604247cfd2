"""The Z-function of a string and the questions it answers in linear time."""


def z_array(text: str) -> list[int]:
    """z[i] = length of the longest common prefix of text and text[i:]; z[0] = len(text)."""
    size = len(text)
    z = [0] * size
    if size:
        z[0] = size
    left = right = 0  # text[left:right] matches a prefix of text, right as large as seen
    for i in range(1, size):
        if i < right:
            z[i] = min(right - i + 1, z[i - left])
        while i + z[i] < size and text[z[i]] == text[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    return z


def find_all(pattern: str, text: str) -> list[int]:
    """Start positions of every (possibly overlapping) occurrence of pattern in text."""
    if not pattern:
        raise ValueError("empty pattern")
    size = len(pattern)
    z = z_array(pattern + text)
    return [i - size for i in range(size, size + len(text)) if z[i] >= size]


def smallest_period(text: str) -> int:
    """Smallest p > 0 with text[i] == text[i + p] wherever both exist (len(text) if none)."""
    z = z_array(text)
    return next((p for p in range(1, len(text)) if p + z[p] == len(text)), len(text))


def border_lengths(text: str) -> list[int]:
    """Lengths of the proper borders of text (prefixes that are also suffixes), longest first."""
    z = z_array(text)
    return [len(text) - i for i in range(1, len(text)) if i + z[i] == len(text)]


def prefix_counts(text: str) -> list[int]:
    """counts[k - 1] = number of positions where the length-k prefix of text occurs."""
    counts = [0] * (len(text) + 1)
    for value in z_array(text):
        counts[value] += 1
    for length in range(len(text) - 1, 0, -1):
        counts[length] += counts[length + 1]
    return counts[1:]
