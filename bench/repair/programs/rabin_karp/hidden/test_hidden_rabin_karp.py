import random

from rabin_karp import count, find_all, find_first


def _brute(text, pattern):
    return [i for i in range(len(text) - len(pattern) + 1) if text[i:i + len(pattern)] == pattern]


def test_overlapping_occurrences():
    assert find_all("aaaa", "aa") == [0, 1, 2]
    assert count("aaaaa", "aaa") == 3


def test_whole_text():
    assert find_all("needle", "needle") == [0]
    assert find_first("x", "x") == 0


def test_suffix():
    assert find_all("log.txt.bak", ".bak") == [7]


def test_empty_pattern_matches_everywhere():
    assert find_all("abc", "") == [0, 1, 2, 3]


def test_non_ascii():
    assert find_all("naïve café naïve", "naïve") == [0, 11]


def test_random_against_brute_force():
    rng = random.Random(99)
    for _ in range(400):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 12)))
        pattern = "".join(rng.choice("ab") for _ in range(rng.randint(1, 4)))
        assert find_all(text, pattern) == _brute(text, pattern), (text, pattern)
        assert find_first(text, pattern) == text.find(pattern)
