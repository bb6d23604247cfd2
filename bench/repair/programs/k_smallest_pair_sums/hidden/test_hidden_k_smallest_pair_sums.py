import random

import pytest

from k_smallest_pair_sums import cheapest_combos, k_smallest_pairs, kth_smallest_sum, smallest_cells


def brute_cells(a, b, k):
    cells = sorted((a[i] + b[j], i, j) for i in range(len(a)) for j in range(len(b)))
    return cells[:max(k, 0)]


def test_matches_brute_force_including_empty_sides():
    rng = random.Random(17)
    for _ in range(700):
        a = sorted(rng.randint(-5, 9) for _ in range(rng.randint(0, 6)))
        b = sorted(rng.randint(-5, 9) for _ in range(rng.randint(0, 6)))
        k = rng.randint(-1, 40)
        assert smallest_cells(a, b, k) == brute_cells(a, b, k)
        assert k_smallest_pairs(a, b, k) == [(a[i], b[j]) for _, i, j in brute_cells(a, b, k)]


def test_left_side_empty():
    assert k_smallest_pairs([], [3, 4], 2) == []
    assert cheapest_combos({}, {"tea": 1}, 2) == []


def test_right_side_empty():
    assert smallest_cells([0, 1, 2], [], 5) == []
    assert cheapest_combos({"pie": 3}, {}, 1) == []


def test_kth_errors_on_empty_or_out_of_range():
    with pytest.raises(IndexError):
        kth_smallest_sum([], [1, 2], 1)
    with pytest.raises(IndexError):
        kth_smallest_sum([1, 2], [], 1)
    with pytest.raises(IndexError):
        kth_smallest_sum([1, 2], [3], 0)
    assert kth_smallest_sum([1, 2], [3, 10], 4) == 12


def test_combos_tie_break_by_names():
    mains = {"b": 5, "a": 5}
    sides = {"y": 1, "x": 1}
    assert cheapest_combos(mains, sides, 4) == [
        ("a", "x", 6), ("a", "y", 6), ("b", "x", 6), ("b", "y", 6),
    ]
