import pytest

from api_key_pool import KeyPool


def test_revoked_key_stays_out_even_when_idle_longest():
    pool = KeyPool(["a", "b", "c"])
    assert pool.acquire(now=0.0) == "a"
    assert pool.acquire(now=1.0) == "b"
    pool.revoke("c")
    assert [pool.acquire(now=float(t)) for t in range(2, 6)] == ["a", "b", "a", "b"]


def test_revoked_after_rate_limit_never_returns():
    pool = KeyPool(["a", "b"], base_cooldown=1.0)
    pool.report_rate_limited("a", now=0.0)
    pool.revoke("a")
    assert pool.acquire(now=100.0) == "b"
    assert pool.acquire(now=101.0) == "b"
    assert pool.next_ready_at(now=101.0) == 101.0


def test_only_resting_and_revoked_keys():
    pool = KeyPool(["a", "b"])
    pool.revoke("b")
    pool.report_rate_limited("a", now=0.0, retry_after=30.0)
    assert pool.acquire(now=10.0) is None
    assert pool.next_ready_at(now=10.0) == 30.0
    assert pool.acquire(now=30.0) == "a"


def test_success_resets_backoff_and_cap_applies():
    pool = KeyPool(["a"], base_cooldown=1.0, max_cooldown=5.0)
    for now in (0.0, 1.0, 3.0, 7.0):
        pool.report_rate_limited("a", now=now)
    assert pool.next_ready_at(now=7.0) == 12.0
    pool.report_success("a")
    pool.report_rate_limited("a", now=20.0)
    assert pool.next_ready_at(now=20.0) == 21.0


def test_all_revoked_in_larger_pool():
    pool = KeyPool(["a", "b", "c"])
    for key in "cab":
        pool.revoke(key)
    assert pool.usable_keys() == 0
    assert pool.acquire(now=0.0) is None
    assert pool.next_ready_at(now=0.0) is None


def test_empty_pool_rejected():
    with pytest.raises(ValueError):
        KeyPool([])
