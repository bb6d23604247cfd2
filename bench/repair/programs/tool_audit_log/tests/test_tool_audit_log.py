from datetime import datetime

from tool_audit_log import AuditLog, Session, ToolCall, User

ALICE = User(id="u-alice", org="acme")
SESSION = Session(id="s-001", user=ALICE, model="small-1")
T0 = datetime(2024, 5, 1, 9, 30)


def call(tool, session=SESSION):
    return ToolCall(tool=tool, arguments={}, session=session)


def test_record_returns_entry():
    log = AuditLog()
    entry = log.record(call("read_file"), allowed=True, at=T0)
    assert entry.tool == "read_file"
    assert entry.org == "acme"
    assert entry.session_id == "s-001"
    assert log.entries == [entry]


def test_denials_by_tool():
    log = AuditLog()
    log.record(call("shell"), allowed=False, at=T0)
    log.record(call("shell"), allowed=False, at=T0)
    log.record(call("read_file"), allowed=True, at=T0)
    assert log.denials_by_tool("acme") == {"shell": 2}
    assert log.denials_by_tool("other") == {}


def test_entries_for_user():
    log = AuditLog()
    log.record(call("search"), allowed=True, at=T0)
    assert [e.tool for e in log.for_user("u-alice")] == ["search"]


def test_export_line():
    log = AuditLog()
    log.record(call("shell"), allowed=False, at=T0)
    assert log.export(since=T0) == "2024-05-01T09:30:00 acme/u-alice shell deny"
