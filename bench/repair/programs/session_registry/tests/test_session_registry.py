import pytest

from session_registry import SessionLimitError, SessionRegistry


def test_open_and_count():
    registry = SessionRegistry(max_per_user=3, idle_timeout=60)
    registry.open("a", "alice", now=0)
    registry.open("b", "alice", now=1)
    assert registry.open_count("alice") == 2
    assert registry.open_count("bob") == 0


def test_limit_per_user():
    registry = SessionRegistry(max_per_user=1, idle_timeout=60)
    registry.open("a", "alice", now=0)
    registry.open("b", "bob", now=0)
    with pytest.raises(SessionLimitError):
        registry.open("c", "alice", now=1)


def test_close_frees_a_slot():
    registry = SessionRegistry(max_per_user=1, idle_timeout=60)
    registry.open("a", "alice", now=0)
    registry.close("a")
    registry.open("b", "alice", now=5)
    assert registry.ended == [("a", "closed")]


def test_expire_idle_sessions():
    registry = SessionRegistry(max_per_user=5, idle_timeout=60)
    registry.open("a", "alice", now=0)
    registry.open("b", "alice", now=0)
    registry.touch("b", now=50)
    assert registry.expire_idle(now=70) == ["a"]
    assert list(registry.sessions) == ["b"]


def test_expired_session_frees_a_slot():
    registry = SessionRegistry(max_per_user=1, idle_timeout=60)
    registry.open("a", "alice", now=0)
    registry.expire_idle(now=100)
    registry.open("b", "alice", now=100)
    assert registry.open_count("alice") == 1
