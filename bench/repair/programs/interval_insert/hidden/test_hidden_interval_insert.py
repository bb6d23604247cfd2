import random

from interval_insert import free_slots, insert_interval, total_busy


def _reference(busy, booking):
    intervals = sorted([*busy, booking])
    merged = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _random_busy(rng):
    busy, cursor = [], rng.randint(0, 3)
    for _ in range(rng.randint(0, 6)):
        start = cursor + rng.randint(1, 4)
        end = start + rng.randint(1, 4)
        busy.append((start, end))
        cursor = end
    return busy


def test_empty_calendar():
    assert insert_interval([], (3, 5)) == [(3, 5)]


def test_swallowing_the_last_meeting():
    assert insert_interval([(1, 2), (5, 6), (8, 9)], (4, 20)) == [(1, 2), (4, 20)]


def test_touching_the_last_meeting():
    assert insert_interval([(1, 2), (5, 6)], (6, 7)) == [(1, 2), (5, 7)]


def test_covers_everything():
    assert insert_interval([(2, 3), (4, 5)], (0, 10)) == [(0, 10)]


def test_input_not_modified():
    busy = [(1, 2), (3, 4)]
    insert_interval(busy, (5, 6))
    assert busy == [(1, 2), (3, 4)]


def test_random_against_reference():
    rng = random.Random(41)
    for _ in range(300):
        busy = _random_busy(rng)
        start = rng.randint(0, 30)
        booking = (start, start + rng.randint(0, 6))
        assert insert_interval(busy, booking) == _reference(busy, booking)


def test_free_slots_and_total_after_inserts():
    busy = []
    for booking in [(13, 14), (9, 10), (9, 11), (17, 19)]:
        busy = insert_interval(busy, booking)
    assert busy == [(9, 11), (13, 14), (17, 19)]
    assert free_slots(busy, 8, 18) == [(8, 9), (11, 13), (14, 17)]
    assert total_busy(busy) == 5
