import random

from event_ordering import EventQueue


def test_random_timestamps_released_sorted_and_stable():
    rng = random.Random(3)
    q = EventQueue()
    events = [(rng.choice([1.0, 2.0, 3.0, 4.0]), {"n": i}) for i in range(60)]
    for ts, ev in events:
        q.push(ts, ev)
    released = q.release_until(10)
    expected = [ev for ts, ev in sorted(events, key=lambda p: p[0])]
    assert released == expected


def test_watermark_boundary():
    q = EventQueue()
    q.push(5.0, {"a": 1})
    q.push(4.0, {"a": 2})
    assert q.release_until(4.0) == [{"a": 2}]
    assert q.pop() == (5.0, {"a": 1})
