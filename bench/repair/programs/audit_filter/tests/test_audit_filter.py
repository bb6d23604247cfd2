from datetime import datetime

import pytest

from audit_filter import AuditEvent, Principal, Resource, denials_by_actor, filter_events

ALICE = Principal("alice", "user")
BOT = Principal("triage-bot", "agent")


def event(id, hour, kind, actor, target_kind, target_id, allowed=True):
    return AuditEvent(id, datetime(2024, 5, 1, hour), kind, actor, Resource(target_kind, target_id),
                      allowed)


EVENTS = [
    event(1, 9, "read", ALICE, "file", "README.md"),
    event(2, 10, "tool_call", BOT, "tool", "shell"),
    event(3, 11, "read", BOT, "secret", "OPENAI_KEY", allowed=False),
    event(4, 12, "write", BOT, "file", "main.py"),
    event(5, 13, "tool_call", BOT, "tool", "shell", allowed=False),
]


def ids(events):
    return [e.id for e in events]


def test_no_filters_returns_everything():
    assert ids(filter_events(EVENTS)) == [1, 2, 3, 4, 5]


def test_filter_by_event_kind_and_actor():
    assert ids(filter_events(EVENTS, kinds={"read"}, actor_ids={"triage-bot"})) == [3]


def test_filter_by_target_kind():
    assert ids(filter_events(EVENTS, target_kinds={"file"})) == [1, 4]


def test_time_window():
    since, until = datetime(2024, 5, 1, 10), datetime(2024, 5, 1, 12)
    assert ids(filter_events(EVENTS, since=since, until=until)) == [2, 3]


def test_denials_by_actor():
    assert denials_by_actor(EVENTS) == {"triage-bot": 2}


def test_unknown_filter_rejected():
    with pytest.raises(ValueError):
        list(filter_events(EVENTS, actor="alice"))
