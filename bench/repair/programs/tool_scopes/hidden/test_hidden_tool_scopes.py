import pytest

from tool_scopes import Scope, ScopeChecker, ToolSpec, parse_grants


def make_checker():
    return ScopeChecker([
        ToolSpec("search", ["web:read"]),
        ToolSpec("shell", ["shell:exec", "fs:write"]),
        ToolSpec("clock"),
        ToolSpec("echo", []),
    ])


def test_no_header_denies_scoped_tools_and_lists_them():
    decision = make_checker().check("shell", None)
    assert not decision.allowed
    assert decision.missing == ["shell:exec", "fs:write"]


def test_no_header_allows_unscoped_tools():
    checker = make_checker()
    assert checker.check("clock", None).allowed
    assert checker.check("echo", None).allowed
    assert checker.usable_tools(None) == ["clock", "echo"]


def test_empty_header_same_as_none():
    assert make_checker().usable_tools("") == ["clock", "echo"]
    assert parse_grants("") == []
    assert parse_grants(None) == []


def test_global_wildcard_and_action_wildcard():
    checker = make_checker()
    assert checker.usable_tools("*") == ["clock", "echo", "search", "shell"]
    assert checker.check("search", "*:read").allowed
    assert not checker.check("shell", "*:read").allowed


def test_comma_separated_grants():
    assert parse_grants("fs:read, web") == [Scope("fs", "read"), Scope("web", "*")]
    assert make_checker().check("shell", "shell:exec,fs:write").allowed


def test_bad_scope_rejected():
    with pytest.raises(ValueError):
        parse_grants(":read")
