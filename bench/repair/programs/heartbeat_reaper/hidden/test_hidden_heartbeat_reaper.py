from heartbeat_reaper import HeartbeatRegistry


def test_reap_only_silent_workers_among_many():
    reg = HeartbeatRegistry(timeout=30)
    for name in ("w1", "w2", "w3", "w4"):
        reg.register(name, now=0)
    reg.claim("w1", "a")
    reg.claim("w2", "b")
    reg.claim("w3", "c")
    reg.claim("w4", "d")
    reg.beat("w2", now=50)
    reg.beat("w4", now=45)
    reg.beat("w3", now=20)
    assert reg.reap(now=60) == (["w1", "w3"], ["a", "c"])
    assert sorted(reg.workers) == ["w2", "w4"]
    assert reg.reap(now=74) == ([], [])
    assert reg.reap(now=75) == (["w4"], ["d"])


def test_reap_boundary_matches_is_alive():
    reg = HeartbeatRegistry(timeout=12)
    reg.register("w", now=100)
    reg.beat("w", now=130)
    assert reg.is_alive("w", now=141.5)
    assert reg.reap(now=141.5) == ([], [])
    assert not reg.is_alive("w", now=142)
    assert reg.reap(now=142) == (["w"], [])


def test_out_of_order_beat_does_not_move_backwards():
    reg = HeartbeatRegistry(timeout=10)
    reg.register("w", now=0)
    reg.beat("w", now=25)
    reg.beat("w", now=18)
    assert reg.reap(now=30) == ([], [])
    assert reg.workers["w"].last_beat == 25


def test_reregistered_worker_starts_fresh():
    reg = HeartbeatRegistry(timeout=10)
    reg.register("w", now=0)
    reg.claim("w", "j")
    assert reg.reap(now=40) == (["w"], ["j"])
    reg.register("w", now=50)
    reg.beat("w", now=58)
    assert reg.reap(now=65) == ([], [])
    assert reg.uptime("w", now=65) == 15
