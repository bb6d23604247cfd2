import pytest

from kill_escalation_timer import Watchdog


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


class FakeProc:
    def __init__(self):
        self.returncode = None
        self.calls = []

    def poll(self):
        return self.returncode

    def terminate(self):
        self.calls.append("terminate")

    def kill(self):
        self.calls.append("kill")


def test_finished_child_returns_its_code():
    clock, proc = FakeClock(), FakeProc()
    dog = Watchdog(proc, timeout=10, clock=clock)
    proc.returncode = 3
    assert dog.check() == 3
    assert proc.calls == []
    assert not dog.timed_out


def test_nothing_happens_before_the_timeout():
    clock, proc = FakeClock(), FakeProc()
    dog = Watchdog(proc, timeout=10, clock=clock)
    clock.now += 9.5
    assert dog.check() is None
    assert proc.calls == []
    assert dog.remaining() == pytest.approx(0.5)


def test_terminate_then_kill():
    clock, proc = FakeClock(), FakeProc()
    dog = Watchdog(proc, timeout=10, grace=5, clock=clock)
    clock.now += 13
    dog.check()
    assert proc.calls == ["terminate"]
    assert dog.timed_out
    clock.now += 4
    dog.check()
    assert proc.calls == ["terminate"]
    clock.now += 1
    dog.check()
    assert proc.calls == ["terminate", "kill"]


def test_invalid_timeout():
    with pytest.raises(ValueError):
        Watchdog(FakeProc(), timeout=0)
