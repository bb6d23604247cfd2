import itertools
import math
import random

import pytest

from polygon_centroid import Polygon


def fan_centroid(points):
    # a star-shaped polygon seen from its first vertex splits into a fan of triangles
    total = cx = cy = 0.0
    ax, ay = points[0]
    for (bx, by), (qx, qy) in itertools.pairwise(points[1:]):
        area = ((bx - ax) * (qy - ay) - (qx - ax) * (by - ay)) / 2
        total += area
        cx += area * (ax + bx + qx) / 3
        cy += area * (ay + by + qy) / 3
    return cx / total, cy / total


def test_l_shape_centroid():
    l_shape = Polygon([(0, 0), (4, 0), (4, 1), (1, 1), (1, 3), (0, 3)])
    assert l_shape.area() == 6
    assert l_shape.centroid() == pytest.approx((1.5, 1.0))


def test_clockwise_order_gives_same_centroid():
    points = [(1, 1), (5, 2), (4, 6), (0, 4)]
    forward = Polygon(points).centroid()
    backward = Polygon(list(reversed(points))).centroid()
    assert forward == pytest.approx(backward)


def test_centroid_moves_with_translation():
    shape = Polygon([(0, 0), (3, 0), (3, 2), (1, 5)])
    x, y = shape.centroid()
    assert shape.translated(-7, 11).centroid() == pytest.approx((x - 7, y + 11))


def test_tall_rectangle_away_from_origin():
    rect = Polygon([(10, 20), (12, 20), (12, 30), (10, 30)])
    assert rect.centroid() == pytest.approx((11, 25))


def test_random_convex_polygons_against_fan():
    rng = random.Random(5)
    for _ in range(100):
        count = rng.randint(3, 9)
        angles = sorted(rng.uniform(0, 2 * math.pi) for _ in range(count))
        radius = rng.uniform(1, 10)
        ox, oy = rng.uniform(-50, 50), rng.uniform(-50, 50)
        points = [(ox + radius * math.cos(a), oy + radius * math.sin(a)) for a in angles]
        if Polygon(points).area() < 1e-3:
            continue
        assert Polygon(points).centroid() == pytest.approx(fan_centroid(points), abs=1e-6)


def test_degenerate_polygon_rejected():
    with pytest.raises(ValueError):
        Polygon([(0, 0), (1, 1), (2, 2)]).centroid()
