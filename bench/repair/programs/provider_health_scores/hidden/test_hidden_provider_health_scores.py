from provider_health_scores import HealthRouter


def fail(router, name, times, start=0):
    for t in range(start, start + times):
        router.record(name, ok=False, now=t)


def test_least_bad_is_a_middle_priced_provider():
    router = HealthRouter({"a": 1.0, "b": 2.0, "c": 4.0})
    fail(router, "a", 5)
    fail(router, "b", 2)
    fail(router, "c", 4)
    assert router.pick(now=6) == "b"


def test_least_bad_when_the_expensive_one_is_worst():
    router = HealthRouter({"cheap": 0.1, "pricey": 9.0}, probe_after=100)
    fail(router, "cheap", 2)
    fail(router, "pricey", 6)
    assert router.pick(now=10) == "cheap"


def test_least_bad_after_partial_recovery():
    router = HealthRouter({"x": 5.0, "y": 1.0, "z": 3.0}, threshold=0.9, probe_after=1000)
    fail(router, "x", 3)
    fail(router, "y", 3)
    fail(router, "z", 3)
    router.record("y", ok=True, now=4)
    assert router.pick(now=5) == "y"
    router.record("z", ok=True, now=6)
    router.record("z", ok=True, now=7)
    assert router.pick(now=8) == "z"


def test_price_tie_prefers_the_healthier():
    router = HealthRouter({"east": 2.0, "west": 2.0})
    router.record("east", ok=False, now=0)
    assert router.pick(now=1) == "west"


def test_probe_failure_restarts_the_quiet_period():
    router = HealthRouter({"a": 1.0, "b": 2.0}, probe_after=10)
    fail(router, "a", 2)
    assert router.pick(now=12) == "a"
    router.record("a", ok=False, now=12)
    assert router.pick(now=13) == "b"
    assert router.pick(now=22) == "a"


def test_single_provider_always_picked():
    router = HealthRouter({"only": 1.0}, probe_after=1000)
    fail(router, "only", 10)
    assert router.pick(now=11) == "only"
