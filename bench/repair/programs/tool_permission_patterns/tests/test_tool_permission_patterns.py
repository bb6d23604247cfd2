import pytest

from tool_permission_patterns import PermissionPolicy, parse_rule, rule_matches


def test_parse_rule():
    assert parse_rule("Bash(npm test:*)") == ("Bash", "npm test:*")
    assert parse_rule("WebFetch") == ("WebFetch", None)
    with pytest.raises(ValueError):
        parse_rule("Bash(ls")


def test_prefix_rule():
    assert rule_matches("Bash(git diff:*)", "Bash", "git diff")
    assert rule_matches("Bash(git diff:*)", "Bash", "git diff --stat HEAD~1")
    assert not rule_matches("Bash(git diff:*)", "Bash", "git difftool")
    assert not rule_matches("Bash(git diff:*)", "Read", "git diff")


def test_glob_rule():
    assert rule_matches("Read(src/**)", "Read", "src/pkg/mod.py")
    assert not rule_matches("Read(src/**)", "Read", "tests/test_mod.py")


def test_unmatched_call_gets_default():
    policy = PermissionPolicy(allow=["Read"], default="deny")
    assert policy.decide("Write", "notes.txt") == "deny"
    assert PermissionPolicy().decide("Write", "notes.txt") == "ask"


def test_allow_rule():
    policy = PermissionPolicy(allow=["Read", "Bash(pytest:*)"])
    assert policy.decide("Read", "README.md") == "allow"
    assert policy.decide("Bash", "pytest -q tests") == "allow"
    assert policy.decide("Bash", "make") == "ask"


def test_deny_wins_over_allow():
    policy = PermissionPolicy(allow=["Bash"], deny=["Bash(rm:*)"])
    assert policy.decide("Bash", "ls -la") == "allow"
    assert policy.decide("Bash", "rm -rf build") == "deny"
