import random

from closed_interval_intersection import intersect, overlap_length


def random_schedule(rng):
    out, t = [], rng.randint(0, 3)
    for _ in range(rng.randint(0, 5)):
        start = t
        end = start + rng.randint(0, 4)
        out.append((start, end))
        t = end + rng.randint(1, 3)
    return out


def brute(a, b):
    points = sorted({x for s, e in a for x in range(s, e + 1)}
                    & {x for s, e in b for x in range(s, e + 1)})
    return points


def covered(intervals):
    return sorted({x for s, e in intervals for x in range(s, e + 1)})


def test_touching_point():
    assert intersect([(1, 3)], [(3, 6)]) == [(3, 3)]
    assert intersect([(4, 4)], [(0, 9)]) == [(4, 4)]


def test_long_interval_against_many():
    assert intersect([(0, 20)], [(1, 2), (5, 6), (9, 12)]) == [(1, 2), (5, 6), (9, 12)]
    assert intersect([(1, 2), (5, 6), (9, 12)], [(0, 20)]) == [(1, 2), (5, 6), (9, 12)]


def test_later_start_longer_interval():
    assert intersect([(0, 3), (6, 8)], [(2, 10)]) == [(2, 3), (6, 8)]


def test_symmetric():
    a = [(0, 4), (7, 9), (12, 18)]
    b = [(3, 7), (9, 13), (16, 16)]
    assert intersect(a, b) == intersect(b, a) == [(3, 4), (7, 7), (9, 9), (12, 13), (16, 16)]


def test_random_against_points():
    rng = random.Random(17)
    for _ in range(400):
        a, b = random_schedule(rng), random_schedule(rng)
        got = intersect(a, b)
        assert covered(got) == brute(a, b)
        assert got == sorted(got)
        assert all(lo <= hi for lo, hi in got)
        assert overlap_length(a, b) == sum(hi - lo for lo, hi in got)


def test_overlap_length_touching():
    assert overlap_length([(0, 5)], [(5, 9)]) == 0
    assert overlap_length([(0, 5), (8, 12)], [(3, 10)]) == 4
