import random

import pytest

from backoff_ceiling_schedule import attempts_within, backoff_delays, ceiling


def test_delays_without_jitter_double_each_time():
    assert backoff_delays(5, jitter="none") == [0.5, 1.0, 2.0, 4.0]


def test_single_attempt_never_sleeps():
    assert backoff_delays(1) == []


def test_delays_are_capped():
    delays = backoff_delays(10, base=1.0, cap=8.0, jitter="none")
    assert len(delays) == 9
    assert max(delays) == 8.0


def test_full_jitter_stays_under_ceiling():
    delays = backoff_delays(8, jitter="full", rng=random.Random(42))
    for n, d in enumerate(delays, start=1):
        assert 0 <= d <= ceiling(n)


def test_unknown_jitter_mode():
    with pytest.raises(ValueError):
        backoff_delays(3, jitter="decorrelated")


def test_no_budget_means_one_attempt():
    assert attempts_within(0) == 1
