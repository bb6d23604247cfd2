import random

import pytest

from aging_priority_heap import AgingPriorityQueue


def test_bad_interval_rejected():
    with pytest.raises(ValueError):
        AgingPriorityQueue(interval=0)


def test_peek_matches_pop_and_does_not_remove():
    q = AgingPriorityQueue(interval=30)
    assert q.peek(now=0) is None
    q.push("old", 9, now=0)
    q.push("new", 4, now=90)
    assert q.peek(now=90) == ("new", 4.0)
    assert len(q) == 2
    assert q.pop(now=90) == ("new", 4.0)
    assert q.pop(now=90) == ("old", 6.0)


def test_tie_between_aged_and_fresh_goes_to_first_enqueued():
    q = AgingPriorityQueue(interval=10)
    q.push("aged", 7, now=0)
    q.push("fresh", 4, now=30)
    assert q.drain(now=30) == [("aged", 4.0), ("fresh", 4.0)]


@pytest.mark.parametrize("interval", [5, 10, 20, 100])
def test_matches_sort_by_effective_priority(interval):
    rng = random.Random(interval)
    q = AgingPriorityQueue(interval=interval)
    pushed = []
    t = 0
    for seq in range(60):
        t += interval * rng.randint(0, 3)
        prio = rng.randint(0, 9)
        q.push(f"job{seq}", prio, now=t)
        pushed.append((seq, prio, t))
    later = t + interval * 2
    expected = sorted(pushed, key=lambda p: (p[1] - (later - p[2]) / interval, p[0]))
    got = q.drain(now=later)
    assert [job for job, _ in got] == [f"job{seq}" for seq, _, _ in expected]
    assert [eff for _, eff in got] == [p - (later - at) / interval for _, p, at in expected]
    assert len(q) == 0
