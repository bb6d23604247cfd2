import random

from backoff_schedule import backoff_delays, full_jitter, total_wait


def test_single_attempt_never_sleeps():
    assert backoff_delays(1) == []


def test_cap_applies():
    assert backoff_delays(3, base=100, cap=10) == [10, 10]


def test_default_schedule():
    assert backoff_delays(4) == [0.5, 1.0, 2.0]


def test_jitter_stays_below_delay():
    delays = backoff_delays(5, jitter=full_jitter(random.Random(1)), cap=1.0)
    assert len(delays) == 4 and all(0 <= d <= 1.0 for d in delays)
