from session_tracker import SessionTracker


def opened(sid, user, at):
    return {"type": "session.opened", "session_id": sid, "user_id": user, "at": at}


def message(sid, at):
    return {"type": "message", "session_id": sid, "at": at}


def closed(sid, at):
    return {"type": "session.closed", "session_id": sid, "at": at}


def test_sessions_per_user():
    tracker = SessionTracker()
    for event in (opened("s1", "ana", 0), opened("s2", "bob", 1), opened("s3", "ana", 2)):
        tracker.apply(event)
    assert tracker.active_for("ana") == ["s1", "s3"]
    assert tracker.users_online() == {"ana", "bob"}


def test_close_ends_only_that_session():
    tracker = SessionTracker()
    for event in (opened("s1", "ana", 0), opened("s2", "ana", 1), closed("s1", 5)):
        tracker.apply(event)
    assert tracker.active_for("ana") == ["s2"]


def test_messages_are_counted():
    tracker = SessionTracker()
    for event in (opened("s1", "ana", 0), message("s1", 3), message("s1", 4)):
        tracker.apply(event)
    assert tracker.sessions["s1"].messages == 2


def test_unknown_events_ignored():
    tracker = SessionTracker()
    tracker.apply({"type": "heartbeat", "at": 1})
    tracker.apply(message("nope", 2))
    assert tracker.sessions == {}


def test_idle_session_expires():
    tracker = SessionTracker(idle_timeout=60)
    tracker.apply(opened("s1", "ana", 0))
    assert tracker.expire_idle(now=61) == ["s1"]
    assert tracker.active_for("ana") == []


def test_chatting_keeps_a_session_alive():
    tracker = SessionTracker(idle_timeout=60)
    tracker.apply(opened("s1", "ana", 0))
    for at in (50, 100, 150):
        tracker.apply(message("s1", at))
    assert tracker.expire_idle(now=180) == []
    assert tracker.active_for("ana") == ["s1"]
