from insertion_sort import insertion_sort, is_sorted


def test_empty_and_single():
    assert insertion_sort([]) == []
    assert insertion_sort([42]) == [42]


def test_sorts_numbers():
    assert insertion_sort([5, 2, 9, 1]) == [1, 2, 5, 9]


def test_sorts_by_key_and_is_stable():
    people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 19)]
    ordered = insertion_sort(people, key=lambda p: p[1])
    assert [p[0] for p in ordered] == ["dee", "bob", "ann", "cid"]


def test_is_sorted():
    assert is_sorted([1, 2, 2, 3])
    assert not is_sorted([3, 1])
