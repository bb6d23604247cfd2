import random

from merge_sorted import merge, merge_sort


def test_right_only():
    assert merge([], [1, 2, 3]) == [1, 2, 3]


def test_all_right_items_larger():
    assert merge([1, 2], [3, 4]) == [1, 2, 3, 4]


def test_random_sort():
    rng = random.Random(8)
    for _ in range(200):
        values = [rng.randint(0, 50) for _ in range(rng.randint(0, 30))]
        assert merge_sort(values) == sorted(values)


def test_ties_prefer_left():
    left = [(1, "L")]
    right = [(1, "R")]
    assert merge([x for x in left], [x for x in right]) == [(1, "L"), (1, "R")]
