from tool_allowlist import Allowlist, Rule


def test_path_rule_needs_a_path_argument():
    allowlist = Allowlist.from_config(
        {"rules": [{"tool": "fs.*", "path": "/work/**", "decision": "allow"}]}
    )
    assert allowlist.decide("fs.delete", {"path": "/work/src/a.py"}) == "allow"
    assert allowlist.decide("fs.delete", {"path": "/home/me/a.py"}) == "deny"
    assert allowlist.decide("fs.delete") == "deny"
    assert allowlist.decide("fs.delete", {"path": ["/work/a"]}) == "deny"


def test_path_rule_then_fallback_decision():
    config = {
        "default": "allow",
        "rules": [
            {"tool": "shell.exec", "path": "/repo/*", "decision": "ask"},
            {"tool": "shell.exec", "decision": "deny"},
        ],
    }
    allowlist = Allowlist.from_config(config)
    assert allowlist.decide("shell.exec", {"path": "/repo/build.sh"}) == "ask"
    assert allowlist.decide("shell.exec", {"path": "/bin/sh"}) == "deny"
    assert allowlist.decide("net.fetch") == "allow"


def test_loaded_rules_keep_their_fields():
    allowlist = Allowlist.from_config(
        {"rules": [{"tool": "db.query", "decision": "ask", "path": "reports/*"}]}
    )
    assert allowlist.rules == [Rule("db.query", "ask", "reports/*")]


def test_glob_is_case_sensitive():
    allowlist = Allowlist([Rule("Fs.Read")])
    assert allowlist.allowed("Fs.Read")
    assert not allowlist.allowed("fs.read")
