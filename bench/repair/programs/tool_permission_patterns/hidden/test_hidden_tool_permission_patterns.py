import pytest

from tool_permission_patterns import PermissionPolicy


def test_ask_wins_over_allow():
    policy = PermissionPolicy(allow=["Bash(git:*)"], ask=["Bash(git push:*)"], default="deny")
    assert policy.decide("Bash", "git status") == "allow"
    assert policy.decide("Bash", "git push origin main") == "ask"


def test_deny_wins_over_ask():
    policy = PermissionPolicy(ask=["Edit"], deny=["Edit(*.env)"], default="allow")
    assert policy.decide("Edit", "config/.prod.env") == "deny"
    assert policy.decide("Edit", "app.py") == "ask"


def test_all_three_layers():
    policy = PermissionPolicy(
        allow=["Read", "Write(tmp/*)"],
        ask=["Read(secrets/*)", "Write"],
        deny=["Read(secrets/root.key)"],
        default="deny",
    )
    assert policy.decide("Read", "docs/a.md") == "allow"
    assert policy.decide("Read", "secrets/api.txt") == "ask"
    assert policy.decide("Read", "secrets/root.key") == "deny"
    assert policy.decide("Write", "tmp/x") == "ask"
    assert policy.decide("Grep", "x") == "deny"


def test_filter_calls_with_overlapping_rules():
    policy = PermissionPolicy(allow=["Bash"], ask=["Bash(curl:*)"], deny=["Bash(sudo:*)"])
    calls = [("Bash", "ls"), ("Bash", "curl example.com"), ("Bash", "sudo reboot"),
             ("Bash", "sudo"), ("WebFetch", "https://x")]
    runnable, approval, refused = policy.filter_calls(calls)
    assert runnable == [("Bash", "ls")]
    assert approval == [("Bash", "curl example.com"), ("WebFetch", "https://x")]
    assert refused == [("Bash", "sudo reboot"), ("Bash", "sudo")]


def test_bad_default_rejected():
    with pytest.raises(ValueError):
        PermissionPolicy(default="maybe")
