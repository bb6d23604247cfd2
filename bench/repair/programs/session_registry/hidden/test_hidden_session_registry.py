import random

import pytest

from session_registry import SessionLimitError, SessionRegistry


def test_counts_after_mixed_expiry():
    registry = SessionRegistry(max_per_user=3, idle_timeout=10)
    registry.open("a1", "ann", now=0)
    registry.open("a2", "ann", now=5)
    registry.open("b1", "ben", now=0)
    assert registry.expire_idle(now=12) == ["a1", "b1"]
    assert registry.open_count("ann") == 1
    assert registry.open_count("ben") == 0
    assert registry.ended == [("a1", "expired"), ("b1", "expired")]


def test_expiry_at_exact_timeout():
    registry = SessionRegistry(max_per_user=2, idle_timeout=30)
    registry.open("x", "zoe", now=0)
    assert registry.expire_idle(now=29.5) == []
    assert registry.expire_idle(now=30) == ["x"]
    assert registry.open_count("zoe") == 0


def test_limit_still_enforced_after_expiry():
    registry = SessionRegistry(max_per_user=2, idle_timeout=10)
    registry.open("a", "kim", now=0)
    registry.open("b", "kim", now=8)
    registry.expire_idle(now=11)
    registry.open("c", "kim", now=11)
    with pytest.raises(SessionLimitError):
        registry.open("d", "kim", now=12)


def test_random_workload_counts_match_live_sessions():
    rng = random.Random(5)
    registry = SessionRegistry(max_per_user=3, idle_timeout=20)
    users = ["u1", "u2", "u3"]
    now = 0.0
    next_id = 0
    for _ in range(400):
        now += rng.uniform(0, 6)
        action = rng.random()
        if action < 0.5:
            user = rng.choice(users)
            live = sum(1 for s in registry.sessions.values() if s.user == user)
            if live < 3:
                registry.open(f"s{next_id}", user, now)
                next_id += 1
            else:
                with pytest.raises(SessionLimitError):
                    registry.open(f"s{next_id}", user, now)
        elif action < 0.65 and registry.sessions:
            registry.close(rng.choice(list(registry.sessions)))
        elif action < 0.85 and registry.sessions:
            registry.touch(rng.choice(list(registry.sessions)), now)
        else:
            registry.expire_idle(now)
        for user in users:
            live = sum(1 for s in registry.sessions.values() if s.user == user)
            assert registry.open_count(user) == live
