import pytest

from retry_circuit import Circuit, CircuitOpenError, Retrier, TransientError


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def flaky(failures, result="ok"):
    calls = {"n": 0}

    def fn():
        calls["n"] += 1
        if calls["n"] <= failures:
            raise TransientError(f"attempt {calls['n']}")
        return result
    return fn


def test_retries_until_success():
    retrier = Retrier(Circuit(threshold=5), FakeClock(), attempts=3)
    assert retrier.call(flaky(2)) == "ok"
    assert retrier.circuit.failures == 0


def test_gives_up_with_the_last_error():
    retrier = Retrier(Circuit(threshold=10), FakeClock(), attempts=2)
    with pytest.raises(TransientError, match="attempt 2"):
        retrier.call(flaky(5))


def test_circuit_opens_after_threshold():
    retrier = Retrier(Circuit(threshold=2), FakeClock(), attempts=5)
    with pytest.raises(CircuitOpenError):
        retrier.call(flaky(10))
    assert not retrier.circuit.allows(retrier.clock())


def test_half_open_after_cooldown():
    clock = FakeClock()
    retrier = Retrier(Circuit(threshold=2, cooldown=30), clock, attempts=2)
    with pytest.raises(TransientError):
        retrier.call(flaky(2))
    clock.now += 30
    assert retrier.call(flaky(0)) == "ok"
    assert retrier.circuit.opened_at is None


def test_manual_reset_closes_the_circuit():
    clock = FakeClock()
    retrier = Retrier(Circuit(threshold=3), clock, attempts=3)
    with pytest.raises(TransientError):
        retrier.call(flaky(3))
    retrier.circuit.reset()
    assert retrier.circuit.allows(clock())
    assert retrier.call(flaky(1)) == "ok"
