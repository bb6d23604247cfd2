from worker_heartbeats import HeartbeatMonitor


def test_thresholds_are_inclusive():
    monitor = HeartbeatMonitor(stale_after=10.0, dead_after=30.0)
    monitor.beat("w", now=0.0)
    assert monitor.status("w", now=9.99) == "alive"
    assert monitor.status("w", now=10.0) == "stale"
    assert monitor.status("w", now=29.99) == "stale"
    assert monitor.status("w", now=30.0) == "dead"
    assert monitor.status("w", now=1000.0) == "dead"


def test_by_status_groups_sorted():
    monitor = HeartbeatMonitor(stale_after=5.0, dead_after=20.0)
    monitor.beat("zeta", now=0.0)
    monitor.beat("alpha", now=18.0)
    monitor.beat("mid", now=10.0)
    monitor.beat("beta", now=1.0)
    assert monitor.by_status(now=21.0) == {
        "alive": ["alpha"],
        "stale": ["mid"],
        "dead": ["beta", "zeta"],
    }


def test_reap_several_and_keep_the_rest():
    monitor = HeartbeatMonitor(stale_after=1.0, dead_after=2.0)
    for name, at in [("c", 0.0), ("a", 0.5), ("b", 3.0), ("d", 1.5)]:
        monitor.beat(name, now=at)
    assert monitor.reap(now=3.5) == ["a", "c", "d"]
    assert monitor.reap(now=3.5) == []
    assert monitor.by_status(now=3.5) == {"alive": ["b"], "stale": [], "dead": []}


def test_beat_revives_a_dead_worker():
    monitor = HeartbeatMonitor()
    monitor.beat("w", now=0.0)
    assert monitor.status("w", now=100.0) == "dead"
    monitor.beat("w", now=100.0)
    assert monitor.status("w", now=101.0) == "alive"


def test_next_change():
    monitor = HeartbeatMonitor(stale_after=10.0, dead_after=30.0)
    assert monitor.next_change(now=0.0) is None
    monitor.beat("a", now=0.0)
    monitor.beat("b", now=5.0)
    assert monitor.next_change(now=1.0) == 10.0
    assert monitor.next_change(now=12.0) == 15.0
    assert monitor.next_change(now=31.0) == 35.0
    assert monitor.next_change(now=40.0) is None
