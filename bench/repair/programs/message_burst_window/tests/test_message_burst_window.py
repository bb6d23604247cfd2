import pytest

from message_burst_window import first_over_limit, max_burst, throttled, window_counts


def test_window_counts_simple():
    assert window_counts([0, 1, 2, 10], 5) == [1, 2, 3, 1]


def test_max_burst_of_empty_session():
    assert max_burst([], 60) == 0


def test_width_must_be_positive():
    with pytest.raises(ValueError):
        window_counts([1, 2], 0)


def test_first_over_limit():
    assert first_over_limit([0, 1, 2, 3], 10, 3) == 3
    assert first_over_limit([0, 20, 40], 10, 1) is None


def test_throttled_rejects_excess_messages():
    assert throttled([0, 1, 2, 3, 15], 10, 2) == [2, 3]
