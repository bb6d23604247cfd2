import random

from value_histogram import Histogram, histogram_of


def test_top_edge_goes_to_last_bin():
    hist = Histogram(-5, 5, 4)
    assert hist.bin_of(5) == 3
    hist.add(5)
    assert hist.counts == [0, 0, 0, 1]
    assert hist.outliers == 0


def test_bottom_edge_and_inner_edges():
    hist = Histogram(0, 1, 4)
    assert hist.bin_of(0) == 0
    assert hist.bin_of(0.5) == 2
    assert hist.bin_of(1.0000001) is None
    assert hist.bin_of(-0.0000001) is None


def test_every_sample_is_counted():
    rng = random.Random(11)
    for _ in range(50):
        values = [rng.uniform(-100, 100) for _ in range(rng.randint(2, 40))]
        bins = rng.randint(1, 9)
        hist = histogram_of(values, bins)
        assert sum(hist.counts) == len(values)
        assert hist.outliers == 0
        assert hist.counts[-1] >= 1 and hist.counts[0] >= 1


def test_integer_samples_against_reference():
    rng = random.Random(5)
    for _ in range(50):
        values = [rng.randint(0, 20) for _ in range(30)]
        if min(values) == max(values):
            continue
        bins = rng.randint(1, 6)
        lo, hi = min(values), max(values)
        width = (hi - lo) / bins
        expected = [0] * bins
        for v in values:
            expected[min(int((v - lo) / width), bins - 1)] += 1
        assert histogram_of(values, bins).counts == expected


def test_outliers_with_fixed_range():
    hist = Histogram(10, 20, 2)
    for value in (9.99, 10, 15, 20, 20.01):
        hist.add(value)
    assert hist.counts == [1, 2]
    assert hist.outliers == 2
