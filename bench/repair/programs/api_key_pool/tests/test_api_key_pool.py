from api_key_pool import KeyPool


def test_keys_are_used_in_turn():
    pool = KeyPool(["k1", "k2", "k3"])
    assert [pool.acquire(now=float(t)) for t in range(5)] == ["k1", "k2", "k3", "k1", "k2"]


def test_rate_limited_key_rests():
    pool = KeyPool(["k1", "k2"])
    pool.acquire(now=0.0)
    pool.report_rate_limited("k1", now=0.0, retry_after=10.0)
    assert [pool.acquire(now=float(t)) for t in (1, 2, 3)] == ["k2", "k2", "k2"]
    assert pool.acquire(now=10.0) == "k1"


def test_backoff_doubles_without_retry_after():
    pool = KeyPool(["only"], base_cooldown=2.0)
    pool.report_rate_limited("only", now=0.0)
    assert pool.next_ready_at(now=0.0) == 2.0
    pool.report_rate_limited("only", now=2.0)
    assert pool.next_ready_at(now=2.0) == 6.0
    assert pool.acquire(now=5.0) is None


def test_revoked_key_is_never_used():
    pool = KeyPool(["k1", "k2"])
    pool.revoke("k1")
    assert [pool.acquire(now=float(t)) for t in range(3)] == ["k2", "k2", "k2"]
    assert pool.usable_keys() == 1


def test_no_key_when_all_revoked():
    pool = KeyPool(["k1"])
    pool.revoke("k1")
    assert pool.acquire(now=0.0) is None
    assert pool.next_ready_at(now=0.0) is None
