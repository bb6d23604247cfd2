import pytest

from round_robin_sim import RoundRobin


def make(quantum, jobs):
    scheduler = RoundRobin(quantum)
    for name, arrival, burst in jobs:
        scheduler.submit(name, arrival, burst)
    return scheduler


def test_all_jobs_arrive_at_once():
    scheduler = make(4, [("P1", 0, 24), ("P2", 0, 3), ("P3", 0, 3)])
    assert scheduler.run() == {"P1": 30, "P2": 7, "P3": 10}
    assert scheduler.average_waiting() == pytest.approx(17 / 3)


def test_single_short_job():
    scheduler = make(5, [("only", 2, 3)])
    assert scheduler.run() == {"only": 5}
    assert scheduler.waiting("only") == 0


def test_cpu_idles_until_next_arrival():
    scheduler = make(3, [("a", 0, 2), ("b", 5, 1)])
    assert scheduler.run() == {"a": 2, "b": 6}
    assert scheduler.timeline == [(0, "a"), (5, "b")]


def test_staggered_arrivals():
    scheduler = make(2, [("P1", 0, 5), ("P2", 1, 4), ("P3", 2, 2), ("P4", 3, 1)])
    assert scheduler.run() == {"P1": 12, "P2": 11, "P3": 6, "P4": 9}
    assert scheduler.turnaround("P4") == 6
    assert scheduler.average_waiting() == 5.0


def test_quantum_must_be_positive():
    with pytest.raises(ValueError):
        RoundRobin(0)
