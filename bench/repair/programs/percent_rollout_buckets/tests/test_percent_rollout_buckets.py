from percent_rollout_buckets import Rollout, bucket_for, percent_at

USERS = [f"user-{n}" for n in range(2000)]


def test_bucket_is_stable_and_in_range():
    assert bucket_for("new-checkout", "user-7") == bucket_for("new-checkout", "user-7")
    assert all(0 <= bucket_for("new-checkout", user) < 100 for user in USERS)


def test_percent_at_follows_the_ramp():
    ramp = [(100, 5), (200, 25), (300, 100)]
    assert percent_at(ramp, 50) == 0
    assert percent_at(ramp, 100) == 5
    assert percent_at(ramp, 250) == 25
    assert percent_at(ramp, 10_000) == 100


def test_flag_is_off_before_the_ramp_starts():
    rollout = Rollout("new-checkout", [(100, 50)])
    assert rollout.enabled_users(USERS, now=10) == []


def test_full_rollout_enables_everyone():
    rollout = Rollout("new-checkout", [(0, 100)])
    assert rollout.enabled_users(USERS, now=1) == USERS


def test_raising_the_percentage_only_adds_users():
    rollout = Rollout("new-checkout", [(0, 10), (100, 40)])
    early = set(rollout.enabled_users(USERS, now=50))
    later = set(rollout.enabled_users(USERS, now=150))
    assert early < later
    assert 100 < len(early) < 300


def test_allow_and_deny_lists_win():
    rollout = Rollout("new-checkout", [(0, 100)], allow=["qa-1"], deny=["user-3"])
    assert rollout.is_enabled("user-3", now=5) is False
    off = Rollout("new-checkout", [], allow=["qa-1"])
    assert off.is_enabled("qa-1", now=5) is True
