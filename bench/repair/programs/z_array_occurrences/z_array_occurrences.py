"""Z-array construction and pattern search without a separator character."""


def z_array(s):
    """z[i] is the length of the longest common prefix of s and s[i:]; z[0] = len(s)."""
    n = len(s)
    z = [0] * n
    if n == 0:
        return z
    z[0] = n
    left = right = 0  # s[left:right] is the rightmost match with a prefix found so far
    for i in range(1, n):
        if i < right:
            z[i] = min(right - i, z[i - left])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > right:
            left, right = i, i + z[i]
    return z


def find_all(text, pattern):
    """Start indices in text of every occurrence of pattern, overlaps included.

    The pattern is glued straight onto the text, so a Z value may run past the
    end of the pattern; any value of at least len(pattern) is a full match.
    """
    m = len(pattern)
    if m == 0:
        return list(range(len(text) + 1))
    z = z_array(pattern + text)
    return [i - m for i in range(m, m + len(text)) if z[i] == m]


def longest_overlap(a, b):
    """Length of the longest suffix of a that is also a prefix of b."""
    if not a or not b:
        return 0
    tail = a[-len(b):]
    z = z_array(b + tail)
    for i in range(len(b), len(b) + len(tail)):
        if i + z[i] == len(b) + len(tail):
            return z[i]
    return 0


def merge_with_overlap(a, b):
    """Concatenate a and b, writing their shared overlap only once."""
    return a + b[longest_overlap(a, b):]
