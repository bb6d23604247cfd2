import pytest

from sandbox_policy_merge import Policy, check, effective

ORG = Policy(network=True, subprocess=False, max_memory_mb=1024, max_seconds=120,
             writable=("/workspace", "/tmp"))


def test_no_user_policy_uses_default():
    assert effective(ORG) is ORG


def test_limits_take_lower_value():
    user = Policy(network=True, max_memory_mb=4096, max_seconds=30)
    merged = effective(ORG, user)
    assert merged.max_memory_mb == 1024
    assert merged.max_seconds == 30


def test_user_cannot_enable_what_org_forbids():
    user = Policy(network=True, subprocess=True, writable=("/workspace",))
    merged = effective(ORG, user)
    assert check(merged, "network") is True
    assert check(merged, "spawn") is False


def test_writable_paths_must_be_under_org_roots():
    user = Policy(writable=("/workspace/project", "/etc"))
    merged = effective(ORG, user)
    assert merged.writable == ("/workspace/project",)
    assert check(merged, "write", "/workspace/project/out.txt")
    assert not check(merged, "write", "/etc/passwd")


def test_unknown_action():
    with pytest.raises(ValueError):
        check(ORG, "teleport")
