import random

from recent_sessions import SessionInfo, recent_sessions


def test_random_order_and_limit():
    rng = random.Random(4)
    sessions = [SessionInfo(str(i), f"t{i}", rng.random(), archived=rng.random() < 0.3) for i in range(30)]
    got = recent_sessions(sessions, limit=5, include_archived=True)
    assert got == sorted(sessions, key=lambda s: -s.updated_at)[:5]
    got = recent_sessions(sessions, limit=100)
    assert [s.updated_at for s in got] == sorted((s.updated_at for s in sessions if not s.archived), reverse=True)


def test_limit_zero():
    assert recent_sessions([SessionInfo("a", "x", 1.0)], limit=0) == []
