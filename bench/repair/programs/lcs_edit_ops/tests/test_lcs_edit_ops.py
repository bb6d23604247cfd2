from lcs_edit_ops import apply_script, distance, edit_script


def test_identical_sequences_keep_everything():
    assert list(edit_script("abc", "abc")) == [("=", "a"), ("=", "b"), ("=", "c")]


def test_from_empty():
    assert list(edit_script([], [1, 2])) == [("+", 1), ("+", 2)]


def test_to_empty():
    assert list(edit_script([1, 2], [])) == [("-", 1), ("-", 2)]


def test_single_deletion():
    assert list(edit_script(["a", "b", "c"], ["a", "c"])) == [("=", "a"), ("-", "b"), ("=", "c")]


def test_script_rebuilds_new_list():
    old = ["import os", "import sys", "", "def main():", "    pass"]
    new = ["import sys", "", "def main():", "    run()", "    pass"]
    assert apply_script(old, edit_script(old, new)) == new


def test_distance_of_one_substitution():
    assert distance([1, 2, 3, 4], [1, 2, 9, 4]) == 2
