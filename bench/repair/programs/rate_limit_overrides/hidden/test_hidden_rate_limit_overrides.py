from datetime import datetime, timedelta

from rate_limit_overrides import LimitPolicy, Limits, Override, is_active

NOW = datetime(2025, 6, 30, 8, 30)
DEFAULTS = Limits(requests_per_minute=100, tokens_per_minute=50_000, max_concurrent=5)


def test_is_active_truth_table():
    past, future = NOW - timedelta(minutes=1), NOW + timedelta(minutes=1)
    assert is_active(Override({}), NOW)
    assert is_active(Override({}, expires_at=future), NOW)
    assert not is_active(Override({}, expires_at=past), NOW)
    assert not is_active(Override({}, expires_at=NOW), NOW)
    assert not is_active(Override({}, enabled=False), NOW)
    assert not is_active(Override({}, enabled=False, expires_at=future), NOW)
    assert not is_active(Override({}, enabled=False, expires_at=past), NOW)


def test_disabled_block_does_not_apply():
    block = Override({"requests_per_minute": 0}, enabled=False)
    policy = LimitPolicy(DEFAULTS, user_overrides={"eve": [block]})
    assert policy.limits_for("eve", None, NOW) == DEFAULTS


def test_zero_blocks_a_user():
    policy = LimitPolicy(DEFAULTS, user_overrides={"eve": [Override({"requests_per_minute": 0})]})
    assert policy.limits_for("eve", None, NOW).requests_per_minute == 0


def test_expired_org_override_falls_back_to_defaults():
    old = Override({"max_concurrent": 50}, expires_at=NOW - timedelta(days=1))
    policy = LimitPolicy(DEFAULTS, org_overrides={"acme": [old]})
    assert policy.limits_for("ana", "acme", NOW) == DEFAULTS


def test_layers_apply_in_order_and_skip_inactive():
    policy = LimitPolicy(
        DEFAULTS,
        org_overrides={"acme": [
            Override({"tokens_per_minute": 80_000}),
            Override({"tokens_per_minute": 10_000}, enabled=False),
        ]},
        user_overrides={"ana": [
            Override({"tokens_per_minute": 60_000}, "lower_only"),
            Override({"tokens_per_minute": 500_000}, expires_at=NOW - timedelta(seconds=1)),
            Override({"max_concurrent": 9}, "raise_only", expires_at=NOW + timedelta(days=1)),
        ]},
    )
    assert policy.limits_for("ana", "acme", NOW) == Limits(100, 60_000, 9)
    assert policy.limits_for("bob", "acme", NOW) == Limits(100, 80_000, 5)
    assert policy.limits_for("ana", None, NOW) == Limits(100, 50_000, 9)


def test_lower_only_caps():
    policy = LimitPolicy(
        DEFAULTS, user_overrides={"ana": [Override({"max_concurrent": 2}, "lower_only")]}
    )
    assert policy.limits_for("ana", None, NOW).max_concurrent == 2
