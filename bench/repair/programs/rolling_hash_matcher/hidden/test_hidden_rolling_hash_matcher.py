import random

from rolling_hash_matcher import MOD, find_all, first_repeat, poly_hash, window_hashes


def naive_find(text, pattern):
    return [i for i in range(len(text) - len(pattern) + 1) if text[i:i + len(pattern)] == pattern]


def test_window_hashes_match_direct_hashes():
    text = "the quick brown fox"
    for width in (1, 2, 5, len(text)):
        got = list(window_hashes(text, width))
        assert got == [(i, poly_hash(text[i:i + width])) for i in range(len(text) - width + 1)]
        assert all(0 <= h < MOD for _, h in got)


def test_window_hashes_bad_width():
    assert list(window_hashes("abc", 0)) == []
    assert list(window_hashes("abc", 4)) == []


def test_find_all_against_naive():
    rng = random.Random(5)
    for _ in range(300):
        text = "".join(rng.choice("ab\u00e9") for _ in range(rng.randint(0, 25)))
        pattern = "".join(rng.choice("ab\u00e9") for _ in range(rng.randint(1, 5)))
        assert find_all(text, pattern) == naive_find(text, pattern), (text, pattern)


def test_overlapping_and_edges():
    assert find_all("aaaaa", "aaa") == [0, 1, 2]
    assert find_all("xyz", "") == [0, 1, 2, 3]
    assert find_all("ab", "abc") == []
    assert find_all("mississippi", "ssi") == [2, 5]


def test_first_repeat_more():
    assert first_repeat("abcabc", 3) == "abc"
    assert first_repeat("aaaa", 2) == "aa"
    assert first_repeat("xyzzy", 1) == "z"
    assert first_repeat("abcdeabcd", 4) == "abcd"
    assert first_repeat("ab", 3) is None
