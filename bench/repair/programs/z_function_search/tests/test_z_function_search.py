import pytest

from z_function_search import border_lengths, find_all, prefix_counts, smallest_period, z_array


def test_z_array_small():
    assert z_array("") == []
    assert z_array("a") == [1]
    assert z_array("aaaa") == [4, 3, 2, 1]
    assert z_array("abcde") == [5, 0, 0, 0, 0]


def test_z_array_with_repeats():
    assert z_array("aabcaabxaaaz") == [12, 1, 0, 0, 3, 1, 0, 0, 2, 2, 1, 0]


def test_find_all_overlapping():
    assert find_all("ana", "bananas") == [1, 3]
    assert find_all("aa", "aaaa") == [0, 1, 2]
    assert find_all("xyz", "abc") == []


def test_find_all_rejects_empty_pattern():
    with pytest.raises(ValueError):
        find_all("", "abc")


def test_smallest_period():
    assert smallest_period("abcabcab") == 3
    assert smallest_period("abcd") == 4
    assert smallest_period("aaaa") == 1


def test_borders():
    assert border_lengths("abacaba") == [3, 1]
    assert border_lengths("abc") == []


def test_prefix_counts():
    assert prefix_counts("ababa") == [3, 2, 2, 1, 1]
