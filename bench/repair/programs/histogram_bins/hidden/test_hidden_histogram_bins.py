import random

import pytest

from histogram_bins import Histogram


def _reference(values, low, high, bins):
    width = (high - low) / bins
    counts = [0] * bins
    under = over = 0
    for value in values:
        if value < low:
            under += 1
        elif value > high:
            over += 1
        else:
            counts[min(int((value - low) / width), bins - 1)] += 1
    return counts, under, over


def test_upper_edge_goes_to_last_bin():
    hist = Histogram(-4, 4, 4)
    assert hist.bin_index(4) == 3
    hist.add(4)
    assert hist.counts == [0, 0, 0, 1]
    assert hist.overflow == 0


def test_lower_edge_goes_to_first_bin():
    hist = Histogram(-4, 4, 4).extend([-4, -4])
    assert hist.counts == [2, 0, 0, 0]
    assert hist.underflow == 0


def test_just_outside():
    hist = Histogram(10, 20, 2).extend([9.999, 20.001, 20, 10])
    assert (hist.underflow, hist.counts, hist.overflow) == (1, [1, 1], 1)


def test_single_bin():
    hist = Histogram(0, 3, 1).extend([0, 1, 2, 3])
    assert hist.counts == [4]
    assert hist.fullest_bin() == (0, 3)


def test_fullest_bin_is_last():
    hist = Histogram(0, 8, 4).extend([1, 8, 8, 7])
    assert hist.fullest_bin() == (6, 8)


def test_random_integers_against_reference():
    rng = random.Random(7)
    for _ in range(200):
        bins = rng.randint(1, 6)
        low = rng.randint(-10, 5)
        high = low + bins * rng.randint(1, 3)
        values = [rng.randint(low - 3, high + 3) for _ in range(rng.randint(0, 25))]
        hist = Histogram(low, high, bins).extend(values)
        assert (hist.counts, hist.underflow, hist.overflow) == _reference(values, low, high, bins)
        assert hist.total == len(values)


def test_invalid_bins():
    with pytest.raises(ValueError):
        Histogram(0, 1, 0)
