from feature_gate import Flag, User, bucket, enabled_for, exposure, is_enabled

USERS = [User(f"user-{n}") for n in range(2000)]


def test_kill_switch_turns_flag_off_for_everyone():
    flag = Flag("web_search", enabled=False, rollout_percent=100, allow={"user-1"})
    assert not is_enabled(flag, User("user-1"))
    assert not is_enabled(flag, User("boss", staff=True))


def test_full_and_zero_rollout():
    assert exposure(Flag("a", rollout_percent=100), USERS) == 1.0
    assert exposure(Flag("b", rollout_percent=0), USERS) == 0.0


def test_partial_rollout_is_roughly_the_percentage():
    share = exposure(Flag("code_exec", rollout_percent=25), USERS)
    assert 0.21 < share < 0.29


def test_bucket_is_stable():
    assert bucket("code_exec", "user-7") == bucket("code_exec", "user-7")
    assert 0 <= bucket("code_exec", "user-7") < 100


def test_allow_list_and_staff():
    flag = Flag("browser", rollout_percent=0, allow={"user-3"})
    assert is_enabled(flag, User("user-3"))
    assert is_enabled(flag, User("ops", staff=True))
    assert not is_enabled(flag, User("user-4"))


def test_deny_list():
    flag = Flag("browser", rollout_percent=100, deny={"user-9"})
    assert not is_enabled(flag, User("user-9"))
    assert is_enabled(flag, User("user-10"))


def test_plan_targeting():
    flag = Flag("long_context", rollout_percent=100, plans=frozenset({"pro", "team"}))
    assert enabled_for([flag], User("u", plan="pro")) == ["long_context"]
    assert enabled_for([flag], User("u", plan="free")) == []
