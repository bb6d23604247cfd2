import pytest

from shutdown_drain_worker import DrainingWorker, ShuttingDown


class Timed:
    def __init__(self, costs, start=1000.0):
        self.now = start
        self.costs = dict(costs)
        self.ran = []

    def clock(self):
        return self.now

    def __call__(self, payload):
        self.now += self.costs.get(payload, 0.5)
        self.ran.append(payload)
        return len(self.ran)


def test_job_running_past_deadline_finishes_but_next_is_returned():
    t = Timed({"long": 10})
    w = DrainingWorker(t, t.clock)
    for name in ("short", "long", "after"):
        w.submit(name, name)
    assert w.shutdown(grace=2) == ["after"]
    assert t.ran == ["short", "long"]


def test_deadline_reached_exactly_stops_drain():
    t = Timed({"a": 1.5, "b": 1.5, "c": 1.5})
    w = DrainingWorker(t, t.clock)
    for name in "abc":
        w.submit(name, name)
    assert w.shutdown(grace=3) == ["c"]
    assert w.backlog == type(w.backlog)()


def test_zero_grace_runs_nothing():
    t = Timed({})
    w = DrainingWorker(t, t.clock)
    w.submit("a", "a")
    w.submit("b", "b")
    assert w.shutdown(grace=0) == ["a", "b"]
    assert t.ran == []
    assert w.shutdown(grace=10) == []
    assert t.ran == []


def test_second_shutdown_returns_nothing_and_backlog_empty():
    t = Timed({"a": 2, "b": 2, "c": 2, "d": 2})
    w = DrainingWorker(t, t.clock)
    for name in "abcd":
        w.submit(name, name)
    assert w.shutdown(grace=4) == ["c", "d"]
    assert len(w.backlog) == 0
    assert w.shutdown(grace=100) == []
    assert t.ran == ["a", "b"]
    with pytest.raises(ShuttingDown):
        w.submit("e", "e")
