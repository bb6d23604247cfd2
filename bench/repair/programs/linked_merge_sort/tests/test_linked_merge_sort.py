from linked_merge_sort import from_iterable, iterate, merge_sort


def test_build_and_iterate():
    assert list(iterate(from_iterable([4, 2, 9]))) == [4, 2, 9]


def test_empty_list():
    assert merge_sort(None) is None


def test_single_node():
    head = from_iterable(["only"])
    assert merge_sort(head) is head
    assert list(iterate(head)) == ["only"]


def test_sorts_numbers():
    head = merge_sort(from_iterable([5, 3, 8, 1, 9, 2]))
    assert list(iterate(head)) == [1, 2, 3, 5, 8, 9]


def test_sort_by_key_keeps_equal_items_in_order():
    words = ["pear", "fig", "apple", "kiwi", "date"]
    head = merge_sort(from_iterable(words), key=len)
    assert list(iterate(head)) == ["fig", "pear", "kiwi", "date", "apple"]
