from flag_rollout import FeatureFlags

USERS = [f"user-{n}" for n in range(200)]


def test_unknown_flag_is_off():
    flags = FeatureFlags()
    assert not flags.is_enabled("new-planner", "alice")
    assert flags.status("new-planner") == "off"


def test_enable_and_disable():
    flags = FeatureFlags()
    flags.enable("parallel-tools")
    assert flags.is_enabled("parallel-tools", "alice")
    flags.disable("parallel-tools")
    assert not flags.is_enabled("parallel-tools", "alice")


def test_rollout_reaches_about_the_given_share():
    flags = FeatureFlags()
    flags.roll_out("new-planner", 30)
    share = sum(flags.is_enabled("new-planner", user) for user in USERS) / len(USERS)
    assert 0.15 < share < 0.45
    assert flags.status("new-planner") == "30%"


def test_override_beats_global_state():
    flags = FeatureFlags()
    flags.enable("memory")
    flags.override("memory", "bob", False)
    assert not flags.is_enabled("memory", "bob")
    assert flags.is_enabled("memory", "carol")


def test_disable_stops_a_rollout():
    flags = FeatureFlags()
    flags.roll_out("new-planner", 50)
    flags.disable("new-planner")
    assert not any(flags.is_enabled("new-planner", user) for user in USERS)
    assert flags.status("new-planner") == "off"
