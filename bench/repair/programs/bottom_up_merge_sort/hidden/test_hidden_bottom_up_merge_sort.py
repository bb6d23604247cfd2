import random

from bottom_up_merge_sort import is_sorted, merge_sort


def test_does_not_modify_input():
    data = [3, 1, 2]
    assert merge_sort(data) == [1, 2, 3]
    assert data == [3, 1, 2]


def test_odd_lengths():
    assert merge_sort([9, 8, 7]) == [7, 8, 9]
    assert merge_sort([4, 1, 3, 9, 7]) == [1, 3, 4, 7, 9]
    assert merge_sort(list(range(11, 0, -1))) == list(range(1, 12))


def test_records_stable_by_key():
    rows = [("ann", 3), ("bob", 1), ("cid", 3), ("dee", 2), ("eve", 1), ("fay", 3), ("gus", 2)]
    assert merge_sort(rows, key=lambda r: r[1]) == [
        ("bob", 1), ("eve", 1), ("dee", 2), ("gus", 2), ("ann", 3), ("cid", 3), ("fay", 3),
    ]


def test_random_against_builtin_sorted():
    rng = random.Random(2024)
    for _ in range(300):
        size = rng.randint(0, 40)
        rows = [(rng.randint(0, 6), index) for index in range(size)]
        result = merge_sort(rows, key=lambda r: r[0])
        assert result == sorted(rows, key=lambda r: r[0])
        assert is_sorted(result, key=lambda r: r[0])
