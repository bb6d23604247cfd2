import pytest

from heartbeat_reaper import HeartbeatRegistry


def test_silent_worker_is_reaped_with_its_jobs():
    reg = HeartbeatRegistry(timeout=15)
    reg.register("w1", now=0)
    reg.claim("w1", "job-b")
    reg.claim("w1", "job-a")
    assert reg.reap(now=20) == (["w1"], ["job-a", "job-b"])
    assert "w1" not in reg.workers


def test_worker_that_keeps_beating_survives():
    reg = HeartbeatRegistry(timeout=15)
    reg.register("w1", now=0)
    for t in range(5, 100, 5):
        reg.beat("w1", now=t)
    reg.claim("w1", "job-1")
    assert reg.reap(now=100) == ([], [])
    assert reg.is_alive("w1", now=100)


def test_released_jobs_are_not_requeued():
    reg = HeartbeatRegistry(timeout=10)
    reg.register("w1", now=0)
    reg.claim("w1", "j1")
    reg.claim("w1", "j2")
    reg.release("w1", "j1")
    assert reg.reap(now=30) == (["w1"], ["j2"])


def test_beat_from_unknown_worker_raises():
    reg = HeartbeatRegistry()
    with pytest.raises(KeyError):
        reg.beat("ghost", now=1)


def test_is_alive():
    reg = HeartbeatRegistry(timeout=15)
    reg.register("w1", now=0)
    assert reg.is_alive("w1", now=14)
    assert not reg.is_alive("w1", now=15)
    assert not reg.is_alive("nobody", now=0)
