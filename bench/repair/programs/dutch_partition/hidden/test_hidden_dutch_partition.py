import random
from collections import Counter

from dutch_partition import sort_colors, split_by_priority, three_way_partition


def test_single_elements():
    for value in (0, 1, 2):
        assert sort_colors([value]) == [value]
    assert three_way_partition([9], lambda v: v, 4) == (0, 0)
    assert three_way_partition([1], lambda v: v, 4) == (1, 1)
    assert three_way_partition([4], lambda v: v, 4) == (0, 1)


def test_all_above_pivot():
    values = [8, 9, 7]
    assert three_way_partition(values, lambda v: v, 1) == (0, 0)
    assert sorted(values) == [7, 8, 9]


def test_returns_same_list():
    colors = [1, 0]
    assert sort_colors(colors) is colors
    assert colors == [0, 1]


def test_random_colors():
    rng = random.Random(7)
    for _ in range(300):
        colors = [rng.randint(0, 2) for _ in range(rng.randint(0, 12))]
        assert sort_colors(list(colors)) == sorted(colors)


def test_random_partition_invariants():
    rng = random.Random(11)
    for _ in range(300):
        values = [rng.randint(-5, 5) for _ in range(rng.randint(0, 15))]
        pivot = rng.randint(-6, 6)
        work = list(values)
        lt_end, gt_start = three_way_partition(work, lambda v: v, pivot)
        assert Counter(work) == Counter(values)
        assert all(v < pivot for v in work[:lt_end])
        assert all(v == pivot for v in work[lt_end:gt_start])
        assert all(v > pivot for v in work[gt_start:])


def test_split_keeps_everything():
    tasks = [("a", 3), ("b", 1)]
    assert split_by_priority(tasks, 2) == (["b"], [], ["a"])
    assert tasks == [("a", 3), ("b", 1)]
    assert split_by_priority([], 1) == ([], [], [])
