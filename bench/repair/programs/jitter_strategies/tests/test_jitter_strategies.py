import random

import pytest

from jitter_strategies import RetryPolicy, retry_delays


def test_no_jitter_doubles_up_to_the_cap():
    policy = RetryPolicy(base=1.0, cap=10.0, max_attempts=6, jitter="none")
    assert retry_delays(policy) == [1.0, 2.0, 4.0, 8.0, 10.0]


def test_single_attempt_never_waits():
    assert retry_delays(RetryPolicy(max_attempts=1)) == []


def test_full_jitter_stays_under_the_backoff():
    policy = RetryPolicy(base=1.0, cap=8.0, max_attempts=7, jitter="full")
    delays = retry_delays(policy, random.Random(1))
    ceilings = [1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert len(delays) == 6
    assert all(0.0 <= d <= c for d, c in zip(delays, ceilings))


def test_decorrelated_jitter_respects_the_cap():
    policy = RetryPolicy(base=1.0, cap=5.0, max_attempts=10, jitter="decorrelated")
    delays = retry_delays(policy, random.Random(4))
    assert len(delays) == 9
    assert all(1.0 <= d <= 5.0 for d in delays)


def test_seeded_runs_repeat():
    policy = RetryPolicy(jitter="equal")
    assert retry_delays(policy, random.Random(9)) == retry_delays(policy, random.Random(9))


def test_unknown_jitter():
    with pytest.raises(ValueError, match="gaussian"):
        retry_delays(RetryPolicy(jitter="gaussian"))
