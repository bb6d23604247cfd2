from bottom_up_merge_sort import is_sorted, merge_runs, merge_sort


def test_empty_and_single():
    assert merge_sort([]) == []
    assert merge_sort([42]) == [42]


def test_two_elements():
    assert merge_sort([2, 1]) == [1, 2]


def test_integers():
    assert merge_sort([5, 2, 9, 1, 5, 6]) == [1, 2, 5, 5, 6, 9]


def test_strings_by_length_keep_input_order():
    words = ["pear", "fig", "apple", "kiwi", "yam", "banana"]
    assert merge_sort(words, key=len) == ["fig", "yam", "pear", "kiwi", "apple", "banana"]


def test_merge_runs():
    assert merge_runs([1, 4, 7], [2, 3, 8, 9], key=lambda x: x) == [1, 2, 3, 4, 7, 8, 9]


def test_is_sorted():
    assert is_sorted([1, 1, 2])
    assert not is_sorted([2, 1])
