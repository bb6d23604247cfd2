import pytest

from tool_breakers import BreakerSettings, CircuitOpen, ToolBreakers


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def failing():
    raise TimeoutError("tool timed out")


def fail_times(breakers, tool, count):
    for _ in range(count):
        with pytest.raises(TimeoutError):
            breakers.call(tool, failing)


def test_successful_calls_pass_through():
    breakers = ToolBreakers(clock=FakeClock())
    assert breakers.call("search", lambda: "results") == "results"


def test_opens_after_threshold_failures():
    breakers = ToolBreakers(BreakerSettings(failure_threshold=2), clock=FakeClock())
    fail_times(breakers, "search", 2)
    with pytest.raises(CircuitOpen):
        breakers.call("search", lambda: "never called")


def test_other_tools_unaffected():
    breakers = ToolBreakers(BreakerSettings(failure_threshold=1), clock=FakeClock())
    fail_times(breakers, "search", 1)
    assert breakers.call("calculator", lambda: 4) == 4


def test_probe_after_cooldown_closes_on_success():
    clock = FakeClock()
    breakers = ToolBreakers(BreakerSettings(failure_threshold=1, cooldown_seconds=30), clock=clock)
    fail_times(breakers, "search", 1)
    clock.now += 30
    assert breakers.call("search", lambda: "back") == "back"
    fail_times(breakers, "search", 1)
    with pytest.raises(CircuitOpen):
        breakers.check("search")


def test_failed_probe_doubles_the_cooldown():
    clock = FakeClock()
    breakers = ToolBreakers(BreakerSettings(failure_threshold=1, cooldown_seconds=10), clock=clock)
    fail_times(breakers, "search", 1)
    clock.now += 10
    fail_times(breakers, "search", 1)
    clock.now += 15
    with pytest.raises(CircuitOpen) as caught:
        breakers.check("search")
    assert caught.value.retry_in == pytest.approx(5)
