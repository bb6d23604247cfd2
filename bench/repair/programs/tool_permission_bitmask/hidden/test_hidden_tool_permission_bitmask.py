from tool_permission_bitmask import (
    EXECUTE,
    NETWORK,
    READ,
    WRITE,
    SessionPermissions,
)

TOOLS = {
    "cat": READ,
    "edit": READ | WRITE,
    "deploy": WRITE | NETWORK,
    "curl": NETWORK,
}


def test_revoke_then_grant_back():
    session = SessionPermissions(READ | WRITE | NETWORK)
    assert session.allowed_tools(TOOLS) == ["cat", "curl", "deploy", "edit"]
    session.revoke(NETWORK)
    assert session.allowed_tools(TOOLS) == ["cat", "edit"]
    session.revoke(WRITE)
    assert session.allowed_tools(TOOLS) == ["cat"]
    session.grant(NETWORK)
    assert session.allowed_tools(TOOLS) == ["cat", "curl"]


def test_history_records_changes_in_order():
    session = SessionPermissions()
    session.grant(READ | WRITE)
    session.revoke(WRITE)
    session.grant(EXECUTE)
    assert session.history == [
        ("grant", "read,write"),
        ("revoke", "write"),
        ("grant", "execute"),
    ]
    assert session.granted == READ | EXECUTE


def test_version_counts_every_change():
    session = SessionPermissions(READ)
    session.revoke(READ)
    session.grant(WRITE)
    session.revoke(NETWORK)
    assert session.version == 3


def test_revoke_of_unheld_flag_grants_nothing():
    session = SessionPermissions(READ)
    session.revoke(WRITE)
    assert session.granted == READ
    assert session.check(WRITE) == (False, "write")
    assert session.allowed_tools(TOOLS) == ["cat"]


def test_cache_is_per_registry():
    session = SessionPermissions(READ)
    other = {"ls": READ, "rm": WRITE}
    assert session.allowed_tools(TOOLS) == ["cat"]
    assert session.allowed_tools(other) == ["ls"]
    session.revoke(READ)
    assert session.allowed_tools(other) == []
    assert session.allowed_tools(TOOLS) == []
