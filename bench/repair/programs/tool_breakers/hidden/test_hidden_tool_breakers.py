import pytest

from tool_breakers import BreakerSettings, CircuitOpen, ToolBreakers


class FakeClock:
    def __init__(self):
        self.now = 50.0

    def __call__(self):
        return self.now


def boom():
    raise ConnectionError("refused")


def fail_once(breakers, tool):
    with pytest.raises(ConnectionError):
        breakers.call(tool, boom)


def test_backoff_grows_until_the_cap():
    clock = FakeClock()
    settings = BreakerSettings(failure_threshold=2, cooldown_seconds=4, max_cooldown_seconds=20)
    breakers = ToolBreakers(settings, clock=clock)
    fail_once(breakers, "browser")
    fail_once(breakers, "browser")
    waits = []
    for _ in range(5):
        with pytest.raises(CircuitOpen) as caught:
            breakers.check("browser")
        waits.append(caught.value.retry_in)
        clock.now += caught.value.retry_in
        fail_once(breakers, "browser")
    assert waits == [4, 8, 16, 20, 20]


def test_still_open_just_before_doubled_cooldown_ends():
    clock = FakeClock()
    breakers = ToolBreakers(BreakerSettings(failure_threshold=1, cooldown_seconds=5), clock=clock)
    fail_once(breakers, "shell")
    clock.now += 5
    fail_once(breakers, "shell")
    clock.now += 9.5
    with pytest.raises(CircuitOpen):
        breakers.call("shell", lambda: "ok")
    clock.now += 0.5
    assert breakers.call("shell", lambda: "ok") == "ok"


def test_success_resets_backoff():
    clock = FakeClock()
    breakers = ToolBreakers(BreakerSettings(failure_threshold=1, cooldown_seconds=3), clock=clock)
    fail_once(breakers, "db")
    clock.now += 3
    fail_once(breakers, "db")
    clock.now += 6
    assert breakers.call("db", lambda: 1) == 1
    fail_once(breakers, "db")
    with pytest.raises(CircuitOpen) as caught:
        breakers.check("db")
    assert caught.value.retry_in == pytest.approx(3)


def test_per_tool_settings():
    clock = FakeClock()
    breakers = ToolBreakers(
        BreakerSettings(failure_threshold=5),
        per_tool={"flaky": BreakerSettings(failure_threshold=1, cooldown_seconds=60)},
        clock=clock,
    )
    fail_once(breakers, "flaky")
    fail_once(breakers, "steady")
    with pytest.raises(CircuitOpen) as caught:
        breakers.check("flaky")
    assert caught.value.tool == "flaky"
    assert caught.value.retry_in == pytest.approx(60)
    breakers.check("steady")


def test_failures_below_threshold_keep_it_closed():
    breakers = ToolBreakers(BreakerSettings(failure_threshold=3), clock=FakeClock())
    fail_once(breakers, "x")
    fail_once(breakers, "x")
    assert breakers.call("x", lambda: "fine") == "fine"
    fail_once(breakers, "x")
    fail_once(breakers, "x")
    breakers.check("x")
