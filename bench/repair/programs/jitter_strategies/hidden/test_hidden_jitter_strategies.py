import random

from jitter_strategies import RetryPolicy, retry_delays


def test_every_strategy_stays_within_the_cap():
    for seed in range(40):
        for jitter in ("none", "full", "equal", "decorrelated"):
            policy = RetryPolicy(base=0.2, cap=3.0, max_attempts=12, jitter=jitter)
            delays = retry_delays(policy, random.Random(seed))
            assert len(delays) == 11
            assert all(0.0 <= d <= 3.0 for d in delays), (jitter, delays)


def test_decorrelated_bounds_each_step():
    for seed in range(30):
        policy = RetryPolicy(base=0.5, cap=4.0, max_attempts=9, jitter="decorrelated")
        delays = retry_delays(policy, random.Random(seed))
        previous = 0.5
        for delay in delays:
            assert 0.5 <= delay <= min(4.0, previous * 3) + 1e-3
            previous = delay


def test_decorrelated_reaches_the_cap_on_long_runs():
    policy = RetryPolicy(base=1.0, cap=2.0, max_attempts=40, jitter="decorrelated")
    delays = retry_delays(policy, random.Random(0))
    assert max(delays) <= 2.0
    assert delays.count(2.0) >= 1


def test_equal_jitter_keeps_half_the_backoff():
    policy = RetryPolicy(base=2.0, cap=20.0, max_attempts=6, jitter="equal")
    delays = retry_delays(policy, random.Random(5))
    for delay, ceiling in zip(delays, [2.0, 4.0, 8.0, 16.0, 20.0]):
        assert ceiling / 2 <= delay <= ceiling


def test_huge_attempt_counts_do_not_overflow():
    policy = RetryPolicy(base=0.1, cap=1.0, max_attempts=200, jitter="none")
    delays = retry_delays(policy)
    assert delays[-1] == 1.0
    assert delays[:4] == [0.1, 0.2, 0.4, 0.8]
