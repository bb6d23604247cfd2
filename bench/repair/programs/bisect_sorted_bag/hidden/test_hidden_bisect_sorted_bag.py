import random

from bisect_sorted_bag import SortedBag


def brute_floor(items, x):
    below = [v for v in items if v <= x]
    return max(below) if below else None


def brute_ceiling(items, x):
    above = [v for v in items if v >= x]
    return min(above) if above else None


def test_floor_of_present_values_with_duplicates():
    bag = SortedBag([4, 4, 4, 9, 9, 12])
    assert bag.floor(4) == 4
    assert bag.floor(9) == 9
    assert bag.floor(12) == 12
    assert bag.floor(3) is None
    assert bag.floor(100) == 12


def test_floor_of_smallest_item():
    bag = SortedBag([-3, 0, 8])
    assert bag.floor(-3) == -3
    assert bag.floor(-4) is None
    assert bag.floor(0) == 0


def test_nearest_exact_and_ties():
    bag = SortedBag([2, 6, 10])
    assert bag.nearest(6) == 6
    assert bag.nearest(2) == 2
    assert bag.nearest(8) == 6
    assert bag.nearest(4) == 2
    assert bag.nearest(11) == 10
    assert bag.nearest(-50) == 2


def test_rank_and_count_range_edges():
    bag = SortedBag([1, 2, 2, 2, 5])
    assert bag.rank(2) == 1
    assert bag.rank(3) == 4
    assert bag.count_range(2, 2) == 3
    assert bag.count_range(0, 100) == 5


def test_random_queries_match_brute_force():
    rng = random.Random(5)
    for _ in range(40):
        items = [rng.randint(-20, 20) for _ in range(rng.randint(0, 25))]
        bag = SortedBag(items)
        for x in range(-25, 26):
            assert bag.floor(x) == brute_floor(items, x)
            assert bag.ceiling(x) == brute_ceiling(items, x)
            assert bag.count(x) == items.count(x)
