import pytest

from latency_log2_buckets import Log2Histogram


def test_empty_histogram():
    h = Log2Histogram()
    assert h.rows() == []
    assert h.percentile(99) == 0


def test_rows_group_by_power_of_two():
    h = Log2Histogram()
    for micros in (5, 6, 7, 300, 1000):
        h.record(micros)
    assert h.rows() == [(4, 8, 3), (256, 512, 1), (512, 1024, 1)]


def test_percentile_is_bucket_upper_bound():
    h = Log2Histogram()
    h.record(100, times=99)
    h.record(5000)
    assert h.percentile(50) == 128
    assert h.percentile(100) == 8192


def test_negative_latency_rejected():
    with pytest.raises(ValueError):
        Log2Histogram().record(-1)
