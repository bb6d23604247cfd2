import pytest

from flag_rollout import FeatureFlags

USERS = [f"account-{n}" for n in range(300)]


def test_full_rollout_then_disable():
    flags = FeatureFlags()
    flags.roll_out("streaming", 100)
    assert all(flags.is_enabled("streaming", user) for user in USERS)
    flags.disable("streaming")
    assert flags.status("streaming") == "off"
    assert not any(flags.is_enabled("streaming", user) for user in USERS)


def test_disable_then_new_rollout():
    flags = FeatureFlags()
    flags.roll_out("cache", 100)
    flags.disable("cache")
    flags.roll_out("cache", 20)
    share = sum(flags.is_enabled("cache", user) for user in USERS) / len(USERS)
    assert 0.08 < share < 0.35


def test_enable_after_rollout_is_full():
    flags = FeatureFlags()
    flags.roll_out("cache", 10)
    flags.enable("cache")
    assert flags.status("cache") == "on"
    assert all(flags.is_enabled("cache", user) for user in USERS)


def test_disable_keeps_user_overrides():
    flags = FeatureFlags()
    flags.roll_out("beta", 60)
    flags.override("beta", "tester", True)
    flags.disable("beta")
    assert flags.is_enabled("beta", "tester")
    assert not flags.is_enabled("beta", "someone-else")
    flags.clear_override("beta", "tester")
    assert not flags.is_enabled("beta", "tester")


def test_disable_one_flag_leaves_others():
    flags = FeatureFlags()
    flags.roll_out("a", 100)
    flags.roll_out("b", 100)
    flags.disable("a")
    assert flags.status("b") == "100%"
    assert flags.is_enabled("b", "x")


def test_rollout_is_stable_and_monotonic():
    flags = FeatureFlags()
    flags.roll_out("f", 25)
    first = {user for user in USERS if flags.is_enabled("f", user)}
    flags.roll_out("f", 60)
    second = {user for user in USERS if flags.is_enabled("f", user)}
    assert first <= second


def test_bad_percent():
    with pytest.raises(ValueError):
        FeatureFlags().roll_out("f", 101)
