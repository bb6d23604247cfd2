import pytest

from polygon_centroid import Polygon

SQUARE = [(0, 0), (4, 0), (4, 4), (0, 4)]


def test_square_area_and_perimeter():
    square = Polygon(SQUARE)
    assert square.area() == 16
    assert square.perimeter() == 16


def test_orientation():
    assert not Polygon(SQUARE).is_clockwise()
    assert Polygon(list(reversed(SQUARE))).is_clockwise()
    assert Polygon(list(reversed(SQUARE))).area() == 16


def test_square_centroid():
    assert Polygon(SQUARE).centroid() == pytest.approx((2, 2))


def test_triangle_centroid_is_vertex_mean():
    triangle = Polygon([(0, 0), (6, 0), (0, 3)])
    assert triangle.centroid() == pytest.approx((2, 1))


def test_bounding_box():
    assert Polygon([(1, 5), (3, -2), (-1, 0)]).bounding_box() == ((-1, -2), (3, 5))


def test_too_few_vertices():
    with pytest.raises(ValueError):
        Polygon([(0, 0), (1, 1)])
