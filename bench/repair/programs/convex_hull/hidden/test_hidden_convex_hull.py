import random

from convex_hull import convex_hull, cross


def _check_hull(points, hull):
    unique = set(points)
    assert set(hull) <= unique
    assert hull[0] == min(unique)
    assert len(set(hull)) == len(hull)
    n = len(hull)
    for i in range(n):
        a, b, c = hull[i], hull[(i + 1) % n], hull[(i + 2) % n]
        assert cross(a, b, c) > 0, f"not strictly convex at {b}"
        for p in unique:
            assert cross(a, b, p) >= 0, f"{p} outside edge {a}->{b}"


def test_random_grid_points_with_many_collinear():
    rng = random.Random(7)
    for _ in range(300):
        points = [(rng.randint(0, 4), rng.randint(0, 4)) for _ in range(rng.randint(3, 15))]
        a, b = min(points), max(points)
        if all(cross(a, b, p) == 0 for p in points):
            assert convex_hull(points) == ([a, b] if a != b else [a])
            continue
        _check_hull(points, convex_hull(points))


def test_all_points_on_a_line():
    points = [(3, 3), (0, 0), (1, 1), (2, 2)]
    assert convex_hull(points) == [(0, 0), (3, 3)]


def test_duplicates_and_tiny_inputs():
    assert convex_hull([]) == []
    assert convex_hull([(1, 2), (1, 2)]) == [(1, 2)]
    assert convex_hull([(2, 0), (0, 0)]) == [(0, 0), (2, 0)]


def test_rectangle_with_points_on_every_edge():
    points = [(x, y) for x in range(5) for y in range(4)]
    assert convex_hull(points) == [(0, 0), (4, 0), (4, 3), (0, 3)]


def test_diamond_with_points_on_upper_edges():
    points = [(0, 2), (2, 0), (4, 2), (2, 4), (3, 3), (1, 3), (1, 1), (2, 2)]
    assert convex_hull(points) == [(0, 2), (2, 0), (4, 2), (2, 4)]
