from fractions import Fraction

from segment_crossings import intersects, meeting_point, touching_pairs


def test_proper_crossing():
    assert intersects(((0, 0), (4, 4)), ((0, 4), (4, 0)))
    assert meeting_point(((0, 0), (4, 4)), ((0, 4), (4, 0))) == (2, 2)


def test_parallel_segments_do_not_meet():
    assert not intersects(((0, 0), (4, 0)), ((0, 1), (4, 1)))
    assert meeting_point(((0, 0), (4, 0)), ((0, 1), (4, 1))) is None


def test_t_junction_touches():
    assert intersects(((0, 0), (6, 0)), ((3, 0), (3, 5)))


def test_corner_of_an_l_shape_touches():
    assert intersects(((0, 0), (0, 3)), ((0, 3), (4, 3)))


def test_crossing_at_a_fraction():
    assert meeting_point(((0, 0), (3, 1)), ((0, 1), (3, 0))) == (Fraction(3, 2), Fraction(1, 2))


def test_touching_pairs():
    wires = [((0, 0), (4, 0)), ((2, -1), (2, 1)), ((5, 5), (6, 6))]
    assert touching_pairs(wires) == [(0, 1)]
