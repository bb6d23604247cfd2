import random

from palindrome_center_expand import longest_palindrome, palindrome_spans, shortest_palindrome_extension


def is_pal(s):
    return s == s[::-1]


def naive_longest(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if j - i > len(best) and is_pal(s[i:j]):
                best = s[i:j]
    return best


def naive_extension(s):
    for cut in range(len(s) + 1):
        if is_pal(s[cut:]):
            return s + s[:cut][::-1]


def test_wraparound_does_not_count():
    assert longest_palindrome("abab") == "aba"
    assert longest_palindrome("abcab") == "a"
    assert longest_palindrome("xaay") == "aa"


def test_longest_against_naive():
    rng = random.Random(3)
    for _ in range(300):
        s = "".join(rng.choice("ab") for _ in range(rng.randint(0, 14)))
        got = longest_palindrome(s)
        assert got in s and is_pal(got) and len(got) == len(naive_longest(s)), s


def test_spans_exact():
    assert palindrome_spans("abab") == [(0, 3), (1, 4)]
    assert palindrome_spans("aa", 1) == [(0, 1), (0, 2), (1, 2)]
    assert palindrome_spans("abc") == []


def test_extension_against_naive():
    rng = random.Random(8)
    for _ in range(300):
        s = "".join(rng.choice("abc") for _ in range(rng.randint(0, 10)))
        assert shortest_palindrome_extension(s) == naive_extension(s), s
