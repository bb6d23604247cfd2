from worker_heartbeats import HeartbeatMonitor


def test_recent_beat_is_alive():
    monitor = HeartbeatMonitor()
    monitor.beat("indexer", now=100.0)
    assert monitor.status("indexer", now=105.0) == "alive"


def test_unknown_worker():
    assert HeartbeatMonitor().status("ghost", now=0.0) == "unknown"


def test_silent_worker_goes_stale():
    monitor = HeartbeatMonitor()
    monitor.beat("indexer", now=100.0)
    assert monitor.status("indexer", now=120.0) == "stale"


def test_long_silent_worker_is_dead():
    monitor = HeartbeatMonitor()
    monitor.beat("indexer", now=100.0)
    assert monitor.status("indexer", now=200.0) == "dead"


def test_late_beat_does_not_move_time_back():
    monitor = HeartbeatMonitor()
    monitor.beat("indexer", now=100.0)
    monitor.beat("indexer", now=90.0)
    assert monitor.status("indexer", now=112.0) == "alive"


def test_reap_forgets_dead_workers():
    monitor = HeartbeatMonitor()
    monitor.beat("crawler", now=0.0)
    monitor.beat("indexer", now=50.0)
    assert monitor.reap(now=90.0) == ["crawler"]
    assert monitor.status("crawler", now=90.0) == "unknown"
    assert monitor.status("indexer", now=90.0) == "stale"
