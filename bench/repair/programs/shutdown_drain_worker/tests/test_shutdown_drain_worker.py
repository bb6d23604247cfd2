import pytest

from shutdown_drain_worker import DrainingWorker, ShuttingDown


class SlowHandler:
    """Each job takes `cost` seconds of fake time."""

    def __init__(self, cost=1.0):
        self.now = 0.0
        self.cost = cost
        self.seen = []

    def clock(self):
        return self.now

    def __call__(self, payload):
        self.now += self.cost
        self.seen.append(payload)
        if payload == "bad":
            raise ValueError("bad payload")
        return payload.upper()


def test_run_until_idle_processes_in_order():
    h = SlowHandler()
    w = DrainingWorker(h, h.clock)
    w.submit("j1", "a")
    w.submit("j2", "b")
    assert w.run_until_idle() == 2
    assert w.results == {"j1": "A", "j2": "B"}


def test_handler_errors_are_recorded():
    h = SlowHandler()
    w = DrainingWorker(h, h.clock)
    w.submit("j1", "bad")
    w.submit("j2", "ok")
    w.run_until_idle()
    assert w.errors == {"j1": "ValueError: bad payload"}
    assert w.results == {"j2": "OK"}


def test_shutdown_with_enough_time_drains_everything():
    h = SlowHandler()
    w = DrainingWorker(h, h.clock)
    for i in range(3):
        w.submit(f"j{i}", "x")
    assert w.shutdown(grace=100) == []
    assert len(w.results) == 3


def test_shutdown_returns_unstarted_jobs_after_grace():
    h = SlowHandler(cost=1.0)
    w = DrainingWorker(h, h.clock)
    for i in range(6):
        w.submit(f"j{i}", "x")
    assert w.shutdown(grace=3) == ["j3", "j4", "j5"]
    assert sorted(w.results) == ["j0", "j1", "j2"]


def test_no_submissions_after_shutdown():
    h = SlowHandler()
    w = DrainingWorker(h, h.clock)
    w.shutdown(grace=1)
    with pytest.raises(ShuttingDown):
        w.submit("late", "x")


def test_handed_back_jobs_are_not_run_later():
    h = SlowHandler(cost=5.0)
    w = DrainingWorker(h, h.clock)
    w.submit("j1", "a")
    w.submit("j2", "b")
    assert w.shutdown(grace=5) == ["j2"]
    assert w.run_until_idle() == 0
    assert h.seen == ["a"]
