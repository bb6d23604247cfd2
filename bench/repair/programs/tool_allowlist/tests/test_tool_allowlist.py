import pytest
from tool_allowlist import Allowlist, Rule

CONFIG = {
    "default": "ask",
    "rules": [
        {"tool": "shell.rm*", "decision": "deny"},
        {"tool": "fs.write", "path": "/tmp/*"},
        {"tool": "fs.write", "decision": "deny"},
        {"tool": "fs.read*"},
        {"tool": "web.*", "decision": "ask"},
    ],
}


def test_read_tools_allowed():
    allowlist = Allowlist.from_config(CONFIG)
    assert allowlist.allowed("fs.read")
    assert allowlist.allowed("fs.read_many", {"files": ["a", "b"]})


def test_dangerous_shell_denied():
    assert Allowlist.from_config(CONFIG).decide("shell.rmdir") == "deny"


def test_unknown_tool_gets_default():
    assert Allowlist.from_config(CONFIG).decide("email.send") == "ask"
    assert Allowlist.from_config({"rules": []}).decide("anything") == "deny"


def test_writes_only_under_tmp():
    allowlist = Allowlist.from_config(CONFIG)
    assert allowlist.decide("fs.write", {"path": "/tmp/out.txt"}) == "allow"
    assert allowlist.decide("fs.write", {"path": "/etc/passwd"}) == "deny"


def test_first_match_wins():
    allowlist = Allowlist([Rule("git.push", "deny"), Rule("git.*", "allow")])
    assert allowlist.decide("git.push") == "deny"
    assert allowlist.decide("git.status") == "allow"


def test_unknown_decision_rejected():
    with pytest.raises(ValueError, match="shell"):
        Allowlist.from_config({"rules": [{"tool": "shell", "decision": "maybe"}]})
