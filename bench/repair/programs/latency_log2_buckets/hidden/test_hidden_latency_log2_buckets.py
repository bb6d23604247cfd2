import pytest

from latency_log2_buckets import Log2Histogram


@pytest.mark.parametrize("micros, index", [
    (0, 0), (1, 0), (2, 1), (3, 1), (4, 2), (7, 2), (8, 3),
    (1023, 9), (1024, 10), (1025, 10), (2.9, 1),
])
def test_bucket_of(micros, index):
    assert Log2Histogram.bucket_of(micros) == index


def test_bounds():
    assert Log2Histogram.bounds(0) == (0, 2)
    assert Log2Histogram.bounds(1) == (2, 4)
    assert Log2Histogram.bounds(10) == (1024, 2048)


def test_exact_powers_of_two_land_at_bucket_start():
    h = Log2Histogram()
    for micros in (1, 2, 16, 64):
        h.record(micros)
    assert h.rows() == [(0, 2, 1), (2, 4, 1), (16, 32, 1), (64, 128, 1)]


def test_large_values_clamped_into_last_bucket():
    h = Log2Histogram(buckets=4)
    h.record(8)
    h.record(15)
    h.record(10_000)
    assert h.counts == [0, 0, 0, 3]
    assert h.rows() == [(8, 16, 3)]


def test_percentiles_over_spread():
    h = Log2Histogram()
    h.record(3, times=50)     # bucket [2, 4)
    h.record(40, times=40)    # bucket [32, 64)
    h.record(600, times=10)   # bucket [512, 1024)
    assert h.total == 100
    assert h.percentile(50) == 4
    assert h.percentile(51) == 64
    assert h.percentile(90) == 64
    assert h.percentile(99) == 1024
    assert h.percentile(0) == 4
