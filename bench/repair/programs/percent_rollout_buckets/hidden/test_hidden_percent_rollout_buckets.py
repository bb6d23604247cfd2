import pytest

from percent_rollout_buckets import Rollout, bucket_for

USERS = [f"acct-{n:05d}" for n in range(3000)]


def test_zero_percent_stage_turns_everyone_off():
    rollout = Rollout("search-v2", [(0, 30), (500, 0)])
    assert rollout.enabled_users(USERS, now=600) == []


def test_exact_bucket_boundary():
    for user in USERS[:300]:
        bucket = bucket_for("search-v2", user)
        assert Rollout("search-v2", [(0, bucket)]).is_enabled(user, now=1) is False
        assert Rollout("search-v2", [(0, bucket + 1)]).is_enabled(user, now=1) is True


@pytest.mark.parametrize("percent", [1, 10, 33, 50, 99])
def test_share_matches_bucket_count(percent):
    rollout = Rollout("search-v2", [(0, percent)])
    expected = sum(1 for user in USERS if bucket_for("search-v2", user) < percent)
    assert len(rollout.enabled_users(USERS, now=0)) == expected
    assert abs(expected / len(USERS) - percent / 100) < 0.04


def test_flags_bucket_independently():
    a = set(Rollout("flag-a", [(0, 50)]).enabled_users(USERS, now=0))
    b = set(Rollout("flag-b", [(0, 50)]).enabled_users(USERS, now=0))
    assert a != b


def test_deny_beats_allow():
    rollout = Rollout("search-v2", [(0, 100)], allow=["x"], deny=["x"])
    assert rollout.is_enabled("x", now=0) is False


def test_out_of_range_percentage_rejected():
    with pytest.raises(ValueError):
        Rollout("search-v2", [(0, 101)])
    with pytest.raises(ValueError):
        Rollout("search-v2", [(0, -1)])
