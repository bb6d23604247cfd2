from datetime import datetime, timedelta

from audit_filter import AuditEvent, Principal, Resource, denials_by_actor, filter_events

START = datetime(2024, 6, 3, 8, 0)
DEPLOYER = Principal("deployer", "service")
CAROL = Principal("carol", "user")
AGENT = Principal("coder", "agent")


def make(id, minutes, kind, actor, target, allowed=True):
    return AuditEvent(id, START + timedelta(minutes=minutes), kind, actor, Resource(*target),
                      allowed)


EVENTS = [
    make(10, 0, "permission_change", CAROL, ("repo", "api"), True),
    make(11, 5, "tool_call", AGENT, ("tool", "git"), True),
    make(12, 6, "write", AGENT, ("repo", "api"), False),
    make(13, 7, "read", AGENT, ("secret", "DB_URL"), False),
    make(14, 9, "tool_call", DEPLOYER, ("repo", "api"), True),
    make(15, 12, "read", CAROL, ("secret", "DB_URL"), True),
    make(16, 15, "write", AGENT, ("file", "notes.md"), True),
]


def ids(events):
    return [e.id for e in events]


def test_target_kind_filter_is_about_the_resource():
    assert ids(filter_events(EVENTS, target_kinds={"repo"})) == [10, 12, 14]
    assert ids(filter_events(EVENTS, target_kinds={"secret", "file"})) == [13, 15, 16]


def test_target_kinds_only_name_resources():
    assert ids(filter_events(EVENTS, target_kinds={"tool_call", "write"})) == []


def test_target_kind_combined_with_event_kind():
    assert ids(filter_events(EVENTS, kinds={"tool_call"}, target_kinds={"repo"})) == [14]


def test_target_ids_and_actor_kinds():
    assert ids(filter_events(EVENTS, target_ids={"DB_URL"}, actor_kinds={"user"})) == [15]
    assert ids(filter_events(EVENTS, actor_kinds={"agent", "service"})) == [11, 12, 13, 14, 16]


def test_none_filters_are_ignored():
    assert ids(filter_events(EVENTS, target_kinds=None, kinds=None)) == [e.id for e in EVENTS]


def test_denied_only_with_target_kind():
    assert ids(filter_events(EVENTS, denied_only=True, target_kinds={"secret"})) == [13]
    assert ids(filter_events(EVENTS, denied_only=False, target_kinds={"secret"})) == [13, 15]


def test_until_is_exclusive():
    assert ids(filter_events(EVENTS, until=START + timedelta(minutes=6))) == [10, 11]


def test_denials_counted_per_actor():
    extra = EVENTS + [make(17, 20, "read", CAROL, ("secret", "PROD"), False)]
    assert denials_by_actor(extra) == {"coder": 2, "carol": 1}
