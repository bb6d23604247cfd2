from kmp_search import count, find_all, first, prefix_table


def test_prefix_table():
    assert prefix_table("abab") == [0, 0, 1, 2]
    assert prefix_table("aabaaab") == [0, 1, 0, 1, 2, 2, 3]


def test_find_single_occurrence():
    assert find_all("hello", "ll") == [2]


def test_overlapping_occurrences_are_counted():
    assert count("aaaa", "aa") == 3
    assert count("abcabc", "abd") == 0


def test_first_missing_pattern():
    assert first("abc", "z") == -1


def test_first_occurrence_position():
    assert first("xxabcabc", "abc") == 2


def test_empty_pattern_matches_everywhere():
    assert find_all("ab", "") == [0, 1, 2]
