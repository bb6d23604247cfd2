import pytest

from tool_permission_bitmask import (
    EXECUTE,
    NETWORK,
    READ,
    WRITE,
    SessionPermissions,
    format_flags,
    parse_flags,
)

TOOLS = {
    "read_file": READ,
    "write_file": READ | WRITE,
    "run_shell": READ | WRITE | EXECUTE,
    "web_fetch": NETWORK,
}


def test_parse_and_format():
    assert parse_flags("read, Write") == READ | WRITE
    assert parse_flags("") == 0
    assert format_flags(EXECUTE | READ) == "read,execute"


def test_parse_rejects_unknown():
    with pytest.raises(ValueError):
        parse_flags("read,sudo")


def test_check_reports_missing():
    session = SessionPermissions(READ)
    assert session.check(READ) == (True, "")
    assert session.check(READ | WRITE | NETWORK) == (False, "write,network")


def test_allowed_tools_after_grant():
    session = SessionPermissions(READ)
    assert session.allowed_tools(TOOLS) == ["read_file"]
    session.grant(WRITE)
    assert session.allowed_tools(TOOLS) == ["read_file", "write_file"]


def test_allowed_tools_after_revoke():
    session = SessionPermissions(READ | WRITE | EXECUTE)
    assert session.allowed_tools(TOOLS) == ["read_file", "run_shell", "write_file"]
    session.revoke(EXECUTE)
    assert session.allowed_tools(TOOLS) == ["read_file", "write_file"]
