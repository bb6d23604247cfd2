import random

from priority_scheduler import Job, Slot, average_wait, schedule


def _reference(jobs):
    pending = list(enumerate(jobs))
    clock = 0
    out = []
    while pending:
        arrived = [(i, j) for i, j in pending if j.arrival <= clock]
        if not arrived:
            clock = min(j.arrival for _, j in pending)
            continue
        pick = min(arrived, key=lambda p: (p[1].priority, p[1].arrival, p[0]))
        pending.remove(pick)
        job = pick[1]
        out.append(Slot(job.name, clock, clock + job.duration))
        clock += job.duration
    return out


def test_later_arrival_with_better_priority_goes_first():
    jobs = [Job("a", 0, 10, 5), Job("b", 3, 2, 4), Job("c", 4, 2, 1), Job("d", 5, 1, 1)]
    assert [s.job for s in schedule(jobs)] == ["a", "c", "d", "b"]


def test_equal_priority_earlier_arrival_first():
    jobs = [Job("late", 2, 1, 1), Job("early", 1, 1, 1), Job("first", 0, 3, 0)]
    assert schedule(jobs) == [Slot("first", 0, 3), Slot("early", 3, 4), Slot("late", 4, 5)]


def test_gap_between_jobs():
    jobs = [Job("x", 0, 2, 1), Job("y", 10, 1, 0)]
    assert schedule(jobs) == [Slot("x", 0, 2), Slot("y", 10, 11)]


def test_average_wait_with_overtaking():
    jobs = [Job("a", 0, 4, 9), Job("b", 1, 4, 9), Job("c", 2, 1, 0)]
    # a 0-4, c 4-5 (waits 2), b 5-9 (waits 4)
    assert average_wait(jobs) == 2.0


def test_random_against_reference():
    rng = random.Random(11)
    for _ in range(200):
        jobs = [
            Job(f"j{k}", rng.randint(0, 12), rng.randint(1, 4), rng.randint(0, 3))
            for k in range(rng.randint(0, 7))
        ]
        assert schedule(jobs) == _reference(jobs)
