from feature_gate import Flag, User, bucket, enabled_for, exposure, is_enabled

USERS = [User(f"acct-{n}", plan="pro") for n in range(3000)]


def test_deny_beats_allow_list():
    flag = Flag("agents", rollout_percent=0, allow={"acct-1"}, deny={"acct-1"})
    assert not is_enabled(flag, User("acct-1"))


def test_deny_beats_staff():
    flag = Flag("agents", rollout_percent=100, deny={"intern"})
    assert not is_enabled(flag, User("intern", staff=True))
    assert is_enabled(flag, User("lead", staff=True))


def test_denied_users_excluded_from_exposure():
    denied = {user.id for user in USERS[:1500]}
    flag = Flag("memory", rollout_percent=100, deny=denied)
    assert exposure(flag, USERS) == 0.5


def test_deny_under_partial_rollout():
    flag = Flag("memory", rollout_percent=50)
    inside = [u for u in USERS if is_enabled(flag, u)][:5]
    assert len(inside) == 5
    flag.deny = {u.id for u in inside}
    assert not any(is_enabled(flag, u) for u in inside)


def test_rollout_grows_monotonically():
    small = Flag("voice", rollout_percent=10)
    large = Flag("voice", rollout_percent=40)
    for user in USERS[:500]:
        if is_enabled(small, user):
            assert is_enabled(large, user)


def test_buckets_differ_between_flags():
    assert bucket("a", "acct-1") != bucket("b", "acct-1")


def test_staff_override_can_be_turned_off():
    flag = Flag("beta", rollout_percent=0, staff_always=False)
    assert not is_enabled(flag, User("ops", staff=True))


def test_enabled_for_sorted_and_filtered():
    user = User("acct-2", plan="team")
    flags = [
        Flag("z_tool", rollout_percent=100),
        Flag("a_tool", rollout_percent=100),
        Flag("hidden", rollout_percent=100, deny={"acct-2"}),
        Flag("pro_only", rollout_percent=100, plans=frozenset({"pro"})),
    ]
    assert enabled_for(flags, user) == ["a_tool", "z_tool"]


def test_exposure_of_nobody():
    assert exposure(Flag("x", rollout_percent=100), []) == 0.0
