from session_tracker import SessionTracker


def opened(sid, user, at):
    return {"type": "session.opened", "session_id": sid, "user_id": user, "at": at}


def message(sid, at):
    return {"type": "message", "session_id": sid, "at": at}


def test_only_quiet_sessions_expire():
    tracker = SessionTracker(idle_timeout=100)
    tracker.apply(opened("busy", "ana", 0))
    tracker.apply(opened("quiet", "bob", 10))
    tracker.apply(message("busy", 90))
    tracker.apply(message("quiet", 20))
    assert tracker.expire_idle(now=150) == ["quiet"]
    assert tracker.users_online() == {"ana"}
    tracker.apply(message("busy", 170))
    assert tracker.expire_idle(now=260) == []
    assert tracker.expire_idle(now=271) == ["busy"]


def test_idle_timeout_boundary_keeps_session():
    tracker = SessionTracker(idle_timeout=30)
    tracker.apply(opened("s", "ana", 0))
    tracker.apply(message("s", 40))
    assert tracker.expire_idle(now=70) == []
    assert tracker.expire_idle(now=70.5) == ["s"]


def test_expired_ids_sorted_across_users():
    tracker = SessionTracker(idle_timeout=10)
    for sid, user in (("c", "u1"), ("a", "u2"), ("b", "u1")):
        tracker.apply(opened(sid, user, 0))
    tracker.apply(message("a", 15))
    assert tracker.expire_idle(now=20) == ["b", "c"]
    assert tracker.active_for("u2") == ["a"]


def test_reopened_session_id_starts_fresh():
    tracker = SessionTracker(idle_timeout=10)
    tracker.apply(opened("s", "ana", 0))
    tracker.apply(message("s", 5))
    tracker.apply(opened("s", "ana", 100))
    assert tracker.sessions["s"].messages == 0
    assert tracker.expire_idle(now=105) == []
