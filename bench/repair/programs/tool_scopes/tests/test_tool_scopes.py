from tool_scopes import ScopeChecker, ToolSpec


def make_checker():
    return ScopeChecker([
        ToolSpec("read_file", ["fs:read"]),
        ToolSpec("write_file", ["fs:read", "fs:write"]),
        ToolSpec("get_time"),
    ])


def test_granted_scope_allows_tool():
    decision = make_checker().check("read_file", "fs:read")
    assert decision.allowed
    assert decision.missing == []


def test_missing_scopes_are_listed():
    decision = make_checker().check("write_file", "fs:read web")
    assert not decision.allowed
    assert decision.missing == ["fs:write"]


def test_resource_wildcard():
    assert make_checker().check("write_file", "fs").allowed


def test_unknown_tool_denied():
    assert not make_checker().check("rm_rf", "*").allowed


def test_session_without_grants_header():
    assert make_checker().usable_tools(None) == ["get_time"]
