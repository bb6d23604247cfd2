import pytest

from sandbox_policy_merge import Policy, check, effective


def test_both_layers_must_allow_each_flag():
    for org_net in (False, True):
        for org_sub in (False, True):
            for user_net in (False, True):
                for user_sub in (False, True):
                    merged = effective(Policy(network=org_net, subprocess=org_sub),
                                       Policy(network=user_net, subprocess=user_sub))
                    assert merged.network == (org_net and user_net)
                    assert merged.subprocess == (org_sub and user_sub)
                    assert check(merged, "spawn") == (org_sub and user_sub)


def test_user_can_opt_out_of_subprocess():
    org = Policy(network=True, subprocess=True, writable=("/data",))
    merged = effective(org, Policy(network=True, subprocess=False, writable=("/data",)))
    assert check(merged, "spawn") is False
    assert check(merged, "network") is True


def test_limits_and_paths():
    org = Policy(max_memory_mb=256, max_seconds=10, writable=("/srv/agents",))
    user = Policy(max_memory_mb=128, max_seconds=600,
                  writable=("/srv/agents", "/srv/agents2", "/srv/agents/u1"))
    merged = effective(org, user)
    assert (merged.max_memory_mb, merged.max_seconds) == (128, 10)
    assert merged.writable == ("/srv/agents", "/srv/agents/u1")
    assert not check(merged, "write", "/srv/agents2/x")
    assert not check(merged, "write", None)
    assert check(merged, "write", "/srv/agents/u1/deep/file")


def test_default_policy_denies_everything():
    merged = effective(Policy(), Policy(network=True, subprocess=True, writable=("/",)))
    assert merged == Policy(max_memory_mb=512, max_seconds=60)
    with pytest.raises(ValueError):
        check(merged, "read")
