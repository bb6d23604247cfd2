from lease_heartbeat_table import LeaseTable


def test_acquire_free_key():
    table = LeaseTable(ttl=10)
    token = table.acquire("job-1", "worker-a", now=0)
    assert token is not None
    assert table.holder("job-1", now=5) == "worker-a"


def test_live_lease_blocks_other_workers():
    table = LeaseTable(ttl=10)
    table.acquire("job-1", "worker-a", now=0)
    assert table.acquire("job-1", "worker-b", now=9) is None


def test_expired_lease_can_be_taken_over():
    table = LeaseTable(ttl=10)
    old = table.acquire("job-1", "worker-a", now=0)
    new = table.acquire("job-1", "worker-b", now=10)
    assert new is not None and new != old
    assert table.heartbeat("job-1", old, now=11) is False


def test_heartbeat_keeps_lease_alive_for_another_ttl():
    table = LeaseTable(ttl=10)
    token = table.acquire("job-1", "worker-a", now=0)
    assert table.heartbeat("job-1", token, now=8) is True
    assert table.holder("job-1", now=17) == "worker-a"
    assert table.holder("job-1", now=18) is None


def test_release_and_reap():
    table = LeaseTable(ttl=10)
    a = table.acquire("job-1", "worker-a", now=0)
    table.acquire("job-2", "worker-b", now=0)
    assert table.release("job-1", a) is True
    assert table.reap(now=10) == ["job-2"]
    assert table.holder("job-1", now=1) is None
