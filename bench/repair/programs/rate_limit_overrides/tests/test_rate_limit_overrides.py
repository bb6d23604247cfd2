from datetime import datetime, timedelta

import pytest

from rate_limit_overrides import LimitPolicy, Limits, Override

NOW = datetime(2025, 3, 1, 12, 0)
DEFAULTS = Limits(requests_per_minute=60, tokens_per_minute=40_000, max_concurrent=4)


def test_no_overrides_gives_defaults():
    assert LimitPolicy(DEFAULTS).limits_for("ana", None, NOW) == DEFAULTS


def test_user_override_replaces_one_field():
    policy = LimitPolicy(DEFAULTS, user_overrides={"ana": [Override({"requests_per_minute": 200})]})
    limits = policy.limits_for("ana", None, NOW)
    assert limits == Limits(200, 40_000, 4)
    assert policy.limits_for("bob", None, NOW) == DEFAULTS


def test_user_override_applies_after_org_override():
    policy = LimitPolicy(
        DEFAULTS,
        org_overrides={"acme": [Override({"max_concurrent": 10, "tokens_per_minute": 90_000})]},
        user_overrides={"ana": [Override({"max_concurrent": 2})]},
    )
    assert policy.limits_for("ana", "acme", NOW) == Limits(60, 90_000, 2)
    assert policy.limits_for("bob", "acme", NOW) == Limits(60, 90_000, 10)


def test_raise_only_never_lowers():
    policy = LimitPolicy(
        DEFAULTS, user_overrides={"ana": [Override({"requests_per_minute": 30}, "raise_only")]}
    )
    assert policy.limits_for("ana", None, NOW).requests_per_minute == 60


def test_temporary_boost_ends_when_it_expires():
    boost = Override({"tokens_per_minute": 100_000}, expires_at=NOW + timedelta(hours=1))
    policy = LimitPolicy(DEFAULTS, user_overrides={"ana": [boost]})
    assert policy.limits_for("ana", None, NOW).tokens_per_minute == 100_000
    later = NOW + timedelta(hours=2)
    assert policy.limits_for("ana", None, later).tokens_per_minute == 40_000


def test_unknown_limit_name_rejected():
    policy = LimitPolicy(DEFAULTS, user_overrides={"ana": [Override({"rpm": 1})]})
    with pytest.raises(KeyError):
        policy.limits_for("ana", None, NOW)
