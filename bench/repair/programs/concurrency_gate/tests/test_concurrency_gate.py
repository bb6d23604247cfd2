import pytest

from concurrency_gate import ConcurrencyGate, admit


def test_total_cap():
    gate = ConcurrencyGate(total=2)
    assert gate.try_acquire("search")
    assert gate.try_acquire("fetch")
    assert not gate.try_acquire("shell")


def test_per_tool_cap():
    gate = ConcurrencyGate(total=5, per_tool={"browser": 1})
    assert gate.try_acquire("browser")
    assert not gate.try_acquire("browser")
    assert gate.try_acquire("shell")


def test_release_frees_the_tool_slot():
    gate = ConcurrencyGate(total=5, per_tool={"browser": 1})
    gate.try_acquire("browser")
    gate.release("browser")
    assert gate.try_acquire("browser")


def test_release_without_acquire():
    with pytest.raises(RuntimeError):
        ConcurrencyGate(total=1).release("shell")


def test_in_flight():
    gate = ConcurrencyGate(total=5)
    for tool in ("a", "a", "b"):
        gate.try_acquire(tool)
    assert gate.in_flight() == 3
    assert gate.in_flight("a") == 2


def test_admit_skips_blocked_tool():
    gate = ConcurrencyGate(total=10, per_tool={"browser": 1})
    queue = ["browser", "browser", "grep"]
    assert admit(gate, queue) == ["browser", "grep"]
    assert queue == ["browser"]
