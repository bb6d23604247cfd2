import random

from rect_bounds import Rect, bounding_box, overlap_area, union_bounds


def test_random_point_clouds():
    rng = random.Random(17)
    for _ in range(200):
        points = [(rng.uniform(-50, 50), rng.uniform(-50, 50))
                  for _ in range(rng.randint(1, 8))]
        shift_x, shift_y = rng.choice([(0, 0), (-100, 0), (0, -100), (-100, -100)])
        points = [(x + shift_x, y + shift_y) for x, y in points]
        xs, ys = [x for x, _ in points], [y for _, y in points]
        assert bounding_box(points) == Rect(min(xs), min(ys), max(xs), max(ys))


def test_negative_x_only():
    assert bounding_box([(-3, 2), (-1, 9)]) == Rect(-3, 2, -1, 9)


def test_negative_y_only():
    assert bounding_box([(3, -2), (5, -9)]) == Rect(3, -9, 5, -2)


def test_single_point_gives_degenerate_box():
    box = bounding_box(iter([(-2.5, -0.5)]))
    assert box == Rect(-2.5, -0.5, -2.5, -0.5)
    assert box.area == 0


def test_union_bounds_in_negative_quadrant():
    rects = [Rect(-10, -10, -5, -5), Rect(-3, -8, -1, -6)]
    assert union_bounds(rects) == Rect(-10, -10, -1, -5)
    assert union_bounds([]) is None


def test_every_point_inside_its_bounding_box():
    rng = random.Random(2)
    points = [(rng.randint(-9, -1), rng.randint(-9, -1)) for _ in range(10)]
    box = bounding_box(points)
    assert all(box.contains(p) for p in points)
    assert box.right <= -1 and box.top <= -1


def test_touching_rects_share_an_edge():
    shared = Rect(0, 0, 2, 2).intersection(Rect(2, 0, 4, 2))
    assert shared == Rect(2, 0, 2, 2)
    assert overlap_area(Rect(0, 0, 2, 2), Rect(2, 0, 4, 2)) == 0
    assert overlap_area(Rect(0, 0, 1, 1), Rect(5, 5, 6, 6)) == 0.0


def test_nested_rect_intersection():
    outer, inner = Rect(-5, -5, 5, 5), Rect(-1, -2, 1, 2)
    assert outer.intersection(inner) == inner
    assert inner.intersection(outer) == inner


def test_far_away_coordinates():
    far = [(-3e18, -7e300), (-1e18, -2e300)]
    assert bounding_box(far) == Rect(-3e18, -7e300, -1e18, -2e300)
