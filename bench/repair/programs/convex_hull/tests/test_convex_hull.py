from convex_hull import convex_hull, cross, doubled_area


def test_cross_sign():
    assert cross((0, 0), (1, 0), (0, 1)) > 0
    assert cross((0, 0), (0, 1), (1, 0)) < 0
    assert cross((0, 0), (1, 1), (2, 2)) == 0


def test_square_with_interior_points():
    points = [(0, 0), (4, 0), (4, 4), (0, 4), (1, 1), (2, 3), (3, 2)]
    assert convex_hull(points) == [(0, 0), (4, 0), (4, 4), (0, 4)]


def test_triangle_any_order():
    assert convex_hull([(5, 5), (0, 0), (10, 0)]) == [(0, 0), (10, 0), (5, 5)]


def test_points_on_the_top_edge_are_not_vertices():
    points = [(0, 0), (6, 0), (6, 3), (4, 3), (2, 3), (0, 3)]
    assert convex_hull(points) == [(0, 0), (6, 0), (6, 3), (0, 3)]


def test_area_of_hull():
    hull = convex_hull([(0, 0), (3, 0), (3, 2), (0, 2), (1, 1)])
    assert doubled_area(hull) == 12
