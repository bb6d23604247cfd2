import random

import pytest

from backoff_ceiling_schedule import attempts_within, backoff_delays, ceiling


def test_ceiling_values():
    assert [ceiling(n) for n in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0]
    assert ceiling(1, base=3, factor=3, cap=100) == 3
    assert ceiling(4, base=3, factor=3, cap=100) == 81
    assert ceiling(5, base=3, factor=3, cap=100) == 100


def test_retry_zero_rejected():
    with pytest.raises(ValueError):
        ceiling(0)


def test_equal_jitter_between_half_and_full_ceiling():
    delays = backoff_delays(12, base=0.2, factor=3.0, cap=20.0, jitter="equal",
                            rng=random.Random(7))
    assert len(delays) == 11
    for n, d in enumerate(delays, start=1):
        top = min(20.0, 0.2 * 3.0 ** (n - 1))
        assert top / 2 <= d <= top


def test_full_jitter_matches_seeded_draws():
    got = backoff_delays(4, base=1.0, factor=2.0, cap=3.0, jitter="full", rng=random.Random(3))
    rng = random.Random(3)
    assert got == [rng.uniform(0, 1.0), rng.uniform(0, 2.0), rng.uniform(0, 3.0)]


def test_first_retry_waits_base():
    assert backoff_delays(2, base=0.25, jitter="none") == [0.25]
    assert backoff_delays(3, base=2.0, factor=10.0, cap=1000, jitter="none") == [2.0, 20.0]


def test_attempts_within_budget():
    assert attempts_within(0.49) == 1
    assert attempts_within(0.5) == 2
    assert attempts_within(3.5) == 4
    assert attempts_within(3.49) == 3
    assert attempts_within(121.5) == 10
    assert attempts_within(121.4) == 9
