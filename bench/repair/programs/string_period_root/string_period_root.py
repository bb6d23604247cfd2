"""Periods and repetition roots of strings via the KMP prefix function.

pi[i] is the length of the longest proper border (prefix that is also a
suffix) of s[:i + 1]. The smallest period of s is len(s) - pi[-1].
"""


def prefix_function(s):
    pi = [0] * len(s)
    k = 0
    for i in range(1, len(s)):
        while k > 0 and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi


def smallest_period(s):
    """Smallest p > 0 with s[i] == s[i + p] for every valid i (0 for '')."""
    if not s:
        return 0
    return len(s) - prefix_function(s)[-1]


def is_repetition(s):
    """True when s is some shorter string repeated at least twice."""
    p = smallest_period(s)
    return p < len(s) or len(s) % p == 0


def repetition_root(s):
    """Shortest t with s == t * k; s itself if there is none."""
    if is_repetition(s):
        return s[:smallest_period(s)]
    return s


def borders(s):
    """All proper border lengths of s, longest first."""
    if not s:
        return []
    pi = prefix_function(s)
    out = []
    k = pi[-1]
    while k > 0:
        out.append(k)
        k = pi[k - 1]
    return out
