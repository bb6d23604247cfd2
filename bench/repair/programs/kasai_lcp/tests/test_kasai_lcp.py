from kasai_lcp import (
    distinct_substring_count,
    lcp_array,
    longest_common_prefix,
    longest_repeated_substring,
    suffix_array,
)


def test_suffix_array_banana():
    assert suffix_array("banana") == [5, 3, 1, 0, 4, 2]


def test_lcp_array_banana():
    assert lcp_array("banana", suffix_array("banana")) == [0, 1, 3, 0, 0, 2]


def test_longest_repeated_substring():
    assert longest_repeated_substring("banana") == "ana"
    assert longest_repeated_substring("abc") == ""


def test_distinct_substrings():
    assert distinct_substring_count("aaa") == 3
    assert distinct_substring_count("abab") == 7


def test_common_prefix_of_words():
    assert longest_common_prefix(["flower", "flow", "flight"]) == "fl"
    assert longest_common_prefix(["dog", "racecar", "car"]) == ""
    assert longest_common_prefix([]) == ""
