import pytest

from retry_circuit import Circuit, CircuitOpenError, Retrier, TransientError


class FakeClock:
    def __init__(self):
        self.now = 50.0

    def __call__(self):
        return self.now


def failing(counter):
    def fn():
        counter.append(1)
        raise TransientError("down")
    return fn


def test_reset_gives_a_fresh_failure_budget():
    circuit = Circuit(threshold=4, cooldown=10)
    for _ in range(6):
        circuit.record_failure(100.0)
    circuit.reset()
    assert circuit.failures == 0
    for _ in range(3):
        circuit.record_failure(101.0)
    assert circuit.allows(101.0)
    circuit.record_failure(101.0)
    assert not circuit.allows(101.0)


def test_reset_then_retrier_uses_all_attempts():
    clock = FakeClock()
    retrier = Retrier(Circuit(threshold=2, cooldown=60), clock, attempts=2)
    calls = []
    with pytest.raises(TransientError):
        retrier.call(failing(calls))
    with pytest.raises(CircuitOpenError):
        retrier.call(failing(calls))
    assert len(calls) == 2
    retrier.circuit.reset()
    with pytest.raises(TransientError):
        retrier.call(failing(calls))
    assert len(calls) == 4


def test_failed_trial_reopens_for_another_cooldown():
    circuit = Circuit(threshold=1, cooldown=5)
    circuit.record_failure(0.0)
    assert not circuit.allows(4.0)
    assert circuit.allows(5.0)
    circuit.record_failure(5.0)
    assert not circuit.allows(9.0)
    assert circuit.allows(10.0)


def test_success_clears_failures():
    circuit = Circuit(threshold=3)
    circuit.record_failure(1.0)
    circuit.record_failure(1.0)
    circuit.record_success()
    circuit.record_failure(2.0)
    circuit.record_failure(2.0)
    assert circuit.allows(2.0)


def test_reset_of_a_closed_circuit_is_harmless():
    circuit = Circuit()
    circuit.reset()
    assert (circuit.failures, circuit.opened_at) == (0, None)
