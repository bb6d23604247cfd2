import pytest

from provider_health_scores import HealthRouter

PRICES = {"budget": 0.5, "standard": 3.0, "premium": 15.0}


def test_new_router_picks_the_cheapest():
    assert HealthRouter(PRICES).pick(now=0) == "budget"


def test_score_is_a_moving_average():
    router = HealthRouter(PRICES)
    router.record("budget", ok=False, now=1)
    assert router.score("budget") == pytest.approx(0.7)
    router.record("budget", ok=True, now=2)
    assert router.score("budget") == pytest.approx(0.79)


def test_one_failure_is_tolerated():
    router = HealthRouter(PRICES)
    router.record("budget", ok=False, now=1)
    assert router.pick(now=2) == "budget"


def test_repeated_failures_move_traffic_to_the_next_cheapest():
    router = HealthRouter(PRICES)
    router.record("budget", ok=False, now=1)
    router.record("budget", ok=False, now=2)
    assert router.pick(now=3) == "standard"


def test_unhealthy_provider_is_probed_after_a_quiet_period():
    router = HealthRouter(PRICES, probe_after=30)
    for t in range(3):
        router.record("budget", ok=False, now=t)
    assert router.pick(now=31) == "standard"
    assert router.pick(now=32) == "budget"


def test_all_providers_failing_uses_the_least_bad():
    router = HealthRouter(PRICES)
    for t in range(2):
        router.record("budget", ok=False, now=t)
    for t in range(3):
        router.record("standard", ok=False, now=t)
    for t in range(4):
        router.record("premium", ok=False, now=t)
    assert router.pick(now=5) == "budget"


def test_needs_providers():
    with pytest.raises(ValueError):
        HealthRouter({})
