import random
from collections import deque

import pytest

from round_robin_sim import RoundRobin


def make(quantum, jobs):
    scheduler = RoundRobin(quantum)
    for name, arrival, burst in jobs:
        scheduler.submit(name, arrival, burst)
    return scheduler


def reference(quantum, jobs):
    """Tick-by-tick simulation: arrivals at time t queue before the job preempted at t."""
    arrivals = sorted(jobs, key=lambda job: job[1])
    remaining = {name: burst for name, _, burst in jobs}
    ready, finish, timeline = deque(), {}, []
    current, used, index, clock = None, 0, 0, 0
    while len(finish) < len(jobs) and clock < 10_000:
        while index < len(arrivals) and arrivals[index][1] <= clock:
            ready.append(arrivals[index][0])
            index += 1
        if current is not None and (remaining[current] == 0 or used == quantum):
            if remaining[current] == 0:
                finish[current] = clock
            else:
                ready.append(current)
            current = None
        if current is None and ready:
            current, used = ready.popleft(), 0
            timeline.append((clock, current))
        if current is not None:
            remaining[current] -= 1
            used += 1
        clock += 1
    return finish, timeline


def test_arrival_during_slice_goes_before_preempted_job():
    scheduler = make(3, [("a", 0, 2), ("b", 5, 4), ("c", 6, 1)])
    assert scheduler.run() == {"a": 2, "b": 10, "c": 9}
    assert scheduler.timeline == [(0, "a"), (5, "b"), (8, "c"), (9, "b")]


def test_random_workloads_match_tick_simulation():
    rng = random.Random(3)
    for _ in range(150):
        quantum = rng.randint(1, 4)
        jobs = [(f"j{k}", rng.randint(0, 10), rng.randint(1, 7)) for k in range(rng.randint(1, 6))]
        scheduler = make(quantum, jobs)
        finish, timeline = reference(quantum, jobs)
        assert scheduler.run() == finish, (quantum, jobs)
        assert scheduler.timeline == timeline, (quantum, jobs)


def test_waiting_and_turnaround():
    scheduler = make(2, [("x", 0, 3), ("y", 1, 2)])
    assert scheduler.run() == {"x": 5, "y": 4}
    assert scheduler.turnaround("y") == 3
    assert scheduler.waiting("y") == 1
    assert scheduler.waiting("x") == 2


def test_turnaround_before_run_raises():
    scheduler = make(2, [("x", 0, 3)])
    with pytest.raises(KeyError):
        scheduler.turnaround("x")


def test_large_quantum_is_first_come_first_served():
    scheduler = make(100, [("a", 0, 4), ("b", 1, 3), ("c", 2, 5)])
    assert scheduler.run() == {"a": 4, "b": 7, "c": 12}
