from point_in_polygon import doubled_area, lattice_counts, locate

RECT = [(0, 0), (4, 0), (4, 3), (0, 3)]
# An L: the square 0..6 with the top-right 3x3 corner cut away.
ELL = [(0, 0), (6, 0), (6, 3), (3, 3), (3, 6), (0, 6)]


def test_points_inside():
    assert locate((1, 1), RECT) == "inside"
    assert locate((2, 5), ELL) == "inside"
    assert locate((5, 1), ELL) == "inside"


def test_points_outside():
    for point in [(5, 1), (-1, 2), (2, 4), (4, 5), (0, -2)]:
        assert locate(point, RECT) == "outside", point
    assert locate((5, 5), ELL) == "outside"


def test_points_on_the_boundary():
    for point in [(0, 0), (2, 0), (4, 2), (0, 3), (3, 3)]:
        assert locate(point, RECT) == "boundary", point
    assert locate((3, 5), ELL) == "boundary"


def test_ray_through_a_vertex():
    diamond = [(0, -2), (2, 0), (0, 2), (-2, 0)]
    assert locate((-1, 0), diamond) == "inside"
    assert locate((-3, 0), diamond) == "outside"


def test_area_and_lattice_points():
    assert doubled_area(RECT) == 24
    assert doubled_area(list(reversed(ELL))) == 54
    assert lattice_counts(RECT) == (6, 14)
