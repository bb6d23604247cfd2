from z_array_occurrences import find_all, longest_overlap, merge_with_overlap, z_array


def test_z_array_example():
    assert z_array("aabxaab") == [7, 1, 0, 0, 3, 1, 0]


def test_z_array_empty():
    assert z_array("") == []


def test_find_all_single_match():
    assert find_all("hello world", "wor") == [6]


def test_find_all_repeated_pattern():
    assert find_all("abcabc", "abc") == [0, 3]


def test_find_all_missing():
    assert find_all("hello", "xyz") == []


def test_merge_with_overlap():
    assert longest_overlap("abcde", "cdefg") == 3
    assert merge_with_overlap("abcde", "cdefg") == "abcdefg"
