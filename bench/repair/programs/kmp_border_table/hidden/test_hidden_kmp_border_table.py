import random

from kmp_border_table import border_table, count_occurrences, find_all, primitive_root, shortest_period


def naive_find(text, pattern):
    return [i for i in range(len(text) - len(pattern) + 1) if text[i:i + len(pattern)] == pattern]


def test_border_tables():
    assert border_table("aabaaab") == [0, 1, 0, 1, 2, 2, 3]
    assert border_table("abcd") == [0, 0, 0, 0]
    assert border_table("zzzz") == [0, 1, 2, 3]


def test_match_after_unrelated_prefix():
    assert find_all("xab", "ab") == [1]
    assert find_all("cabcab", "ab") == [1, 4]
    assert find_all("qqqabcq", "abc") == [3]


def test_no_match_and_longer_pattern():
    assert find_all("abc", "abd") == []
    assert find_all("ab", "abc") == []
    assert find_all("", "a") == []
    assert count_occurrences("mississippi", "issi") == 2


def test_empty_pattern():
    assert find_all("ab", "") == [0, 1, 2]


def test_against_naive_search():
    rng = random.Random(29)
    for _ in range(300):
        text = "".join(rng.choice("abc") for _ in range(rng.randint(0, 25)))
        pattern = "".join(rng.choice("abc") for _ in range(rng.randint(1, 4)))
        assert find_all(text, pattern) == naive_find(text, pattern), (text, pattern)


def test_periods_and_roots():
    assert shortest_period("") == 0
    assert shortest_period("a") == 1
    assert shortest_period("abcd") == 4
    assert shortest_period("aabaa") == 3
    assert primitive_root("abab") == "ab"
    assert primitive_root("aaaa") == "a"
    assert primitive_root("abaab") == "abaab"
