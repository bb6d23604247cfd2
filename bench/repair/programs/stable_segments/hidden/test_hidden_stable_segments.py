import random

from stable_segments import Segment, longest_stable, stable_segments


def _reference(readings, tolerance, min_length):
    out = []
    i = 0
    while i < len(readings):
        j = i + 1
        while j < len(readings) and (
            max(readings[i : j + 1]) - min(readings[i : j + 1]) <= tolerance
        ):
            j += 1
        chunk = readings[i:j]
        if j - i >= min_length:
            out.append(Segment(i, j, min(chunk), max(chunk)))
        i = j
    return out


def test_staircase():
    readings = [0, 0, 2, 2, 4, 4, 6, 6]
    assert list(stable_segments(readings, 1)) == [
        Segment(0, 2, 0, 0), Segment(2, 4, 2, 2), Segment(4, 6, 4, 4), Segment(6, 8, 6, 6)
    ]


def test_drop_then_recover():
    readings = [10, 10, 10, 0, 0, 10, 10]
    assert list(stable_segments(readings, 1, min_length=3)) == [Segment(0, 3, 10, 10)]
    assert list(stable_segments(readings, 1, min_length=2)) == [
        Segment(0, 3, 10, 10), Segment(3, 5, 0, 0), Segment(5, 7, 10, 10)
    ]


def test_every_reading_its_own_segment():
    assert [s.start for s in stable_segments([1, 5, 9, 13], 1, min_length=1)] == [0, 1, 2, 3]


def test_longest_is_after_a_short_run():
    assert longest_stable([7, 1, 1.5, 1.2, 1.4, 9], 0.5) == Segment(1, 5, 1, 1.5)


def test_random_against_reference():
    rng = random.Random(5)
    for _ in range(300):
        readings = [rng.randint(0, 6) for _ in range(rng.randint(0, 12))]
        tolerance = rng.randint(0, 3)
        min_length = rng.randint(1, 3)
        got = list(stable_segments(readings, tolerance, min_length))
        assert got == _reference(readings, tolerance, min_length)
