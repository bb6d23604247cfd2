import bisect
import random

from occurrence_bounds import (
    count_between,
    insert_sorted,
    lower_bound,
    occurrence_range,
    upper_bound,
)


def _random_sorted(rng):
    return sorted(rng.randint(0, 6) for _ in range(rng.randint(0, 12)))


def test_bounds_match_bisect():
    rng = random.Random(41)
    for _ in range(300):
        items = _random_sorted(rng)
        target = rng.randint(-1, 7)
        assert lower_bound(items, target) == bisect.bisect_left(items, target)
        assert upper_bound(items, target) == bisect.bisect_right(items, target)


def test_upper_bound_edges():
    assert upper_bound([], 3) == 0
    assert upper_bound([2, 2, 2], 2) == 3
    assert upper_bound([2, 2, 2], 1) == 0
    assert upper_bound([5], 5) == 1


def test_occurrence_range_against_scan():
    rng = random.Random(7)
    for _ in range(300):
        items = _random_sorted(rng)
        target = rng.randint(-1, 7)
        positions = [i for i, value in enumerate(items) if value == target]
        expected = (positions[0], positions[-1]) if positions else None
        assert occurrence_range(items, target) == expected


def test_single_occurrence_and_ends():
    assert occurrence_range([4], 4) == (0, 0)
    assert occurrence_range([1, 1, 8, 9, 9], 9) == (3, 4)
    assert occurrence_range([1, 1, 8, 9, 9], 1) == (0, 1)


def test_count_between_against_scan():
    rng = random.Random(99)
    for _ in range(300):
        items = _random_sorted(rng)
        low, high = rng.randint(-1, 7), rng.randint(-1, 7)
        assert count_between(items, low, high) == sum(low <= v <= high for v in items)


def test_insert_after_equal_elements():
    items = [1, 2, 2, 3]
    assert insert_sorted(items, 2) == 3
    assert items == [1, 2, 2, 2, 3]
    assert insert_sorted(items, 3) == 5
    assert insert_sorted(items, 0) == 0
    assert items == [0, 1, 2, 2, 2, 3, 3]
