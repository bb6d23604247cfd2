from lease_heartbeat_table import LeaseTable


def test_repeated_heartbeats_do_not_accumulate():
    table = LeaseTable(ttl=30)
    token = table.acquire("k", "w", now=100)
    for t in (101, 102, 103, 104):
        assert table.heartbeat("k", token, now=t)
    assert table.holder("k", now=133.9) == "w"
    assert table.holder("k", now=134) is None
    assert table.acquire("k", "other", now=134) is not None


def test_late_heartbeat_extends_from_now():
    table = LeaseTable(ttl=5)
    token = table.acquire("k", "w", now=0)
    assert table.heartbeat("k", token, now=4.5)
    assert table.reap(now=9.4) == []
    assert table.reap(now=9.5) == ["k"]


def test_heartbeat_after_expiry_fails():
    table = LeaseTable(ttl=5)
    token = table.acquire("k", "w", now=0)
    assert table.heartbeat("k", token, now=5) is False
    assert table.heartbeat("k", 999, now=1) is False
    assert table.heartbeat("missing", token, now=1) is False


def test_reacquire_by_owner_refreshes_and_keeps_token():
    table = LeaseTable(ttl=10)
    token = table.acquire("k", "w", now=0)
    assert table.acquire("k", "w", now=6) == token
    assert table.holder("k", now=15) == "w"
    assert table.acquire("k", "x", now=15) is None
    assert table.acquire("k", "x", now=16) not in (None, token)


def test_reap_sorted_and_release_wrong_token():
    table = LeaseTable(ttl=3)
    tokens = {key: table.acquire(key, "w", now=0) for key in ["c", "a", "b"]}
    assert table.heartbeat("b", tokens["b"], now=2)
    assert table.release("a", tokens["c"]) is False
    assert table.reap(now=3) == ["a", "c"]
    assert table.holder("b", now=4.9) == "w"
    assert table.reap(now=5) == ["b"]
