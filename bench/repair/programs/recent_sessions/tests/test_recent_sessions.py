from recent_sessions import SessionInfo, recent_sessions, titles


def test_archived_hidden_by_default():
    sessions = [SessionInfo("a", "old plan", 10.0, archived=True), SessionInfo("b", "bugfix", 5.0)]
    assert [s.session_id for s in recent_sessions(sessions)] == ["b"]


def test_titles():
    assert titles([SessionInfo("a", "", 1.0)]) == ["(untitled)"]


def test_picker_shows_latest_first():
    sessions = [
        SessionInfo("s1", "monday", 1_700_000_000.0),
        SessionInfo("s2", "tuesday", 1_700_086_400.0),
        SessionInfo("s3", "wednesday", 1_700_172_800.0),
    ]
    assert titles(recent_sessions(sessions, limit=2)) == ["wednesday", "tuesday"]
