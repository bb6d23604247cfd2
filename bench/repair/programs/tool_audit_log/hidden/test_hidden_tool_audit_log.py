from datetime import datetime, timedelta

from tool_audit_log import AuditLog, Session, ToolCall, User

T0 = datetime(2024, 6, 2, 14, 0)


def call(tool, session):
    return ToolCall(tool=tool, arguments={"path": "/tmp/x"}, session=session)


def test_several_users_and_sessions():
    bob = User(id="bob", org="globex")
    eve = User(id="eve", org="globex")
    bob_1 = Session(id="sess-a", user=bob, model="m")
    bob_2 = Session(id="sess-b", user=bob, model="m")
    eve_1 = Session(id="sess-c", user=eve, model="m")
    log = AuditLog()
    log.record(call("read_file", bob_1), allowed=True, at=T0)
    log.record(call("write_file", eve_1), allowed=False, at=T0)
    log.record(call("shell", bob_2), allowed=False, at=T0)
    assert [e.tool for e in log.for_user("bob")] == ["read_file", "shell"]
    assert [e.session_id for e in log.for_user("bob")] == ["sess-a", "sess-b"]
    assert [e.tool for e in log.for_user("eve")] == ["write_file"]
    assert log.for_user("sess-a") == []


def test_entry_fields():
    user = User(id="u-9", org="initech")
    entry = AuditLog().record(call("search", Session("s-9", user, "m")), allowed=True, at=T0)
    assert (entry.org, entry.user_id, entry.session_id) == ("initech", "u-9", "s-9")


def test_export_filters_by_time():
    user = User(id="carol", org="umbrella")
    session = Session(id="zz", user=user, model="m")
    log = AuditLog()
    log.record(call("old", session), allowed=True, at=T0 - timedelta(days=1))
    log.record(call("new", session), allowed=True, at=T0)
    assert log.export(since=T0) == "2024-06-02T14:00:00 umbrella/carol new allow"
