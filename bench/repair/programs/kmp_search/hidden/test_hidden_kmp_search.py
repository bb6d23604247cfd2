import random

from kmp_search import count, find_all, first, prefix_table


def naive(text, pattern):
    return [i for i in range(len(text) - len(pattern) + 1) if text[i:i + len(pattern)] == pattern]


def test_matches_naive_search():
    rng = random.Random(11)
    for _ in range(400):
        text = "".join(rng.choice("ab") for _ in range(rng.randint(0, 25)))
        pattern = "".join(rng.choice("ab") for _ in range(rng.randint(1, 4)))
        assert find_all(text, pattern) == naive(text, pattern)


def test_first_agrees_with_str_find():
    rng = random.Random(3)
    for _ in range(200):
        text = "".join(rng.choice("abc") for _ in range(rng.randint(0, 20)))
        pattern = "".join(rng.choice("abc") for _ in range(rng.randint(1, 3)))
        assert first(text, pattern) == text.find(pattern)


def test_match_at_start_and_end():
    assert find_all("abxab", "ab") == [0, 3]
    assert find_all("ab", "ab") == [0]
    assert count("aaaaa", "aaa") == 3


def test_prefix_table_single_char_and_periodic():
    assert prefix_table("a") == [0]
    assert prefix_table("abcabcab") == [0, 0, 0, 1, 2, 3, 4, 5]
