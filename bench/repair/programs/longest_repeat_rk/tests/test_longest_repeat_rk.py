from longest_repeat_rk import count_occurrences, longest_repeat


def test_count_simple_occurrences():
    assert count_occurrences("the cat sat on the mat", "at") == 3


def test_count_overlapping_occurrences():
    assert count_occurrences("aaaa", "aa") == 3


def test_pattern_longer_than_text():
    assert count_occurrences("ab", "abc") == 0


def test_longest_repeat_banana():
    assert longest_repeat("banana") == "ana"


def test_no_repeat_in_distinct_characters():
    assert longest_repeat("abcdefg") == ""


def test_empty_text():
    assert longest_repeat("") == ""
