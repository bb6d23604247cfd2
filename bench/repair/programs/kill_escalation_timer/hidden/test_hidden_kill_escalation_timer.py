import pytest

from kill_escalation_timer import Watchdog


class FakeClock:
    def __init__(self, now=0.0):
        self.now = now

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


def test_grace_counts_from_the_terminate_request():
    clock, proc = FakeClock(50.0), FakeProc()
    dog = Watchdog(proc, timeout=2, grace=3, clock=clock)
    clock.now = 60.0          # the loop was busy; first check long after the deadline
    dog.check()
    assert proc.calls == ["terminate"]
    assert dog.remaining() == pytest.approx(3.0)
    clock.now = 62.9
    dog.check()
    assert proc.calls == ["terminate"]
    clock.now = 63.0
    dog.check()
    assert proc.calls == ["terminate", "kill"]
    assert dog.remaining() == 0.0


def test_timely_check_kills_after_grace():
    clock, proc = FakeClock(), FakeProc()
    dog = Watchdog(proc, timeout=1, grace=2, clock=clock)
    clock.now = 1.0
    dog.check()
    clock.now = 2.5
    dog.check()
    assert proc.calls == ["terminate"]
    clock.now = 3.0
    dog.check()
    assert proc.calls == ["terminate", "kill"]


def test_child_exiting_after_terminate_is_not_killed():
    clock, proc = FakeClock(), FakeProc()
    dog = Watchdog(proc, timeout=5, grace=5, clock=clock)
    clock.now = 7.0
    assert dog.check() is None
    proc.returncode = -15
    clock.now = 30.0
    assert dog.check() == -15
    assert proc.calls == ["terminate"]
    assert dog.timed_out


def test_zero_grace_kills_on_next_check():
    clock, proc = FakeClock(), FakeProc()
    dog = Watchdog(proc, timeout=4, grace=0, clock=clock)
    clock.now = 9.0
    dog.check()
    dog.check()
    assert proc.calls == ["terminate", "kill"]
    dog.check()
    assert proc.calls == ["terminate", "kill"]


def test_remaining_while_running():
    clock, proc = FakeClock(10.0), FakeProc()
    dog = Watchdog(proc, timeout=4, clock=clock)
    clock.now = 11.0
    assert dog.remaining() == pytest.approx(3.0)
    clock.now = 20.0
    assert dog.remaining() == 0.0


def test_negative_grace_rejected():
    with pytest.raises(ValueError):
        Watchdog(FakeProc(), timeout=1, grace=-1)
