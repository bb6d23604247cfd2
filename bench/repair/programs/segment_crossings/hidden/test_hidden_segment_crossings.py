import random
from fractions import Fraction

from segment_crossings import intersects, meeting_point, touching_pairs


def _points_on(seg, steps=24):
    (a, b) = seg
    return {(Fraction(a[0]) + (b[0] - a[0]) * Fraction(k, steps),
             Fraction(a[1]) + (b[1] - a[1]) * Fraction(k, steps)) for k in range(steps + 1)}


def _brute(s, t):
    """Exact for small grid segments: any shared point lies on a 1/(len product) lattice."""
    (a, b), (c, d) = s, t
    rx, ry, sx, sy = b[0] - a[0], b[1] - a[1], d[0] - c[0], d[1] - c[1]
    den = rx * sy - ry * sx
    if den != 0:
        u = Fraction((c[0] - a[0]) * sy - (c[1] - a[1]) * sx, den)
        v = Fraction((c[0] - a[0]) * ry - (c[1] - a[1]) * rx, den)
        return 0 <= u <= 1 and 0 <= v <= 1
    return bool(_points_on(s) & _points_on(t))


def test_random_small_segments_against_brute_force():
    rng = random.Random(2024)
    for _ in range(3000):
        pts = [(rng.randint(0, 3), rng.randint(0, 3)) for _ in range(4)]
        s, t = (pts[0], pts[1]), (pts[2], pts[3])
        assert intersects(s, t) == _brute(s, t), (s, t)
        assert intersects(t, s) == intersects(s, t)


def test_collinear_segments_touching_end_to_end():
    assert intersects(((0, 0), (2, 0)), ((2, 0), (5, 0)))
    assert intersects(((1, 1), (3, 3)), ((3, 3), (4, 4)))
    assert not intersects(((0, 0), (2, 0)), ((3, 0), (5, 0)))


def test_collinear_overlap_and_containment():
    assert intersects(((0, 0), (4, 0)), ((1, 0), (3, 0)))
    assert intersects(((0, 0), (0, 4)), ((0, 2), (0, 9)))


def test_shared_endpoint_meeting_point():
    assert meeting_point(((0, 0), (2, 2)), ((2, 2), (4, 0))) == (2, 2)
    assert meeting_point(((0, 0), (0, 3)), ((0, 3), (4, 3))) == (0, 3)


def test_degenerate_point_segments():
    assert intersects(((1, 1), (1, 1)), ((0, 0), (2, 2)))
    assert intersects(((2, 2), (2, 2)), ((0, 0), (2, 2)))
    assert not intersects(((3, 3), (3, 3)), ((0, 0), (2, 2)))
    assert intersects(((5, 5), (5, 5)), ((5, 5), (5, 5)))


def test_nearly_touching_is_not_touching():
    assert not intersects(((0, 0), (4, 0)), ((5, 0), (5, 5)))
    assert not intersects(((0, 0), (10, 1)), ((5, 1), (6, 5)))


def test_touching_pairs_with_shared_corners():
    square = [((0, 0), (4, 0)), ((4, 0), (4, 4)), ((4, 4), (0, 4)), ((0, 4), (0, 0))]
    assert touching_pairs(square) == [(0, 1), (0, 3), (1, 2), (2, 3)]
