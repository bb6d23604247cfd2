import pytest

from concurrency_gate import ConcurrencyGate, admit


def test_total_cap_with_limit_one():
    gate = ConcurrencyGate(total=1)
    assert gate.try_acquire("a")
    assert not gate.try_acquire("b")
    gate.release("a")
    assert gate.try_acquire("b")


def test_double_release_is_an_error():
    gate = ConcurrencyGate(total=3)
    gate.try_acquire("fetch")
    gate.release("fetch")
    with pytest.raises(RuntimeError):
        gate.release("fetch")
    assert gate.in_flight() == 0


def test_counts_return_to_zero():
    gate = ConcurrencyGate(total=4, per_tool={"x": 2})
    for _ in range(2):
        assert gate.try_acquire("x")
    gate.release("x")
    gate.release("x")
    assert (gate.in_flight(), gate.in_flight("x")) == (0, 0)
    assert gate.try_acquire("x") and gate.try_acquire("x")
    assert not gate.try_acquire("x")


def test_admit_rounds():
    gate = ConcurrencyGate(total=2, per_tool={"browser": 1})
    queue = ["browser", "browser", "grep", "ls"]
    assert admit(gate, queue) == ["browser", "grep"]
    assert admit(gate, queue) == []
    gate.release("browser")
    assert admit(gate, queue) == ["browser"]
    gate.release("grep")
    assert admit(gate, queue) == ["ls"]
    assert queue == []
