import random

import pytest

from prefix_sums import PrefixSums


def _windows(values, width):
    return [sum(values[i:i + width]) for i in range(len(values) - width + 1)]


def test_window_sums_against_brute_force():
    rng = random.Random(41)
    for _ in range(200):
        values = [rng.randint(-9, 9) for _ in range(rng.randint(0, 12))]
        for width in range(1, 14):
            assert PrefixSums(values).window_sums(width) == _windows(values, width)


def test_window_as_wide_as_the_sequence():
    assert PrefixSums([2, 7, 1]).window_sums(3) == [10]
    assert PrefixSums([2, 7, 1]).best_window(3) == (0, 10)


def test_window_wider_than_the_sequence():
    assert PrefixSums([2, 7]).window_sums(3) == []
    with pytest.raises(ValueError):
        PrefixSums([2, 7]).best_window(3)


def test_width_one_is_the_values():
    assert PrefixSums([5, -1, 0, 8]).window_sums(1) == [5, -1, 0, 8]


def test_best_window_at_the_end():
    assert PrefixSums([1, 0, 2, 9, 9]).best_window(2) == (3, 18)
    assert PrefixSums([-5, -4, -3]).best_window(1) == (2, -3)


def test_best_window_leftmost_on_ties():
    assert PrefixSums([3, 1, 2, 2, 1, 3]).best_window(2) == (0, 4)


def test_count_with_sum_against_brute_force():
    rng = random.Random(7)
    for _ in range(150):
        values = [rng.randint(-3, 3) for _ in range(rng.randint(0, 10))]
        target = rng.randint(-4, 4)
        expected = sum(1 for i in range(len(values)) for j in range(i + 1, len(values) + 1)
                       if sum(values[i:j]) == target)
        assert PrefixSums(values).count_with_sum(target) == expected
