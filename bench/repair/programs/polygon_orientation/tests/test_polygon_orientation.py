import pytest

from polygon_orientation import area, centroid, is_clockwise, perimeter, to_counter_clockwise

SQUARE_CCW = [(0, 0), (4, 0), (4, 4), (0, 4)]
SQUARE_CW = [(0, 0), (0, 4), (4, 4), (4, 0)]


def test_area_of_square_either_way():
    assert area(SQUARE_CCW) == 16
    assert area(SQUARE_CW) == 16


def test_orientation():
    assert not is_clockwise(SQUARE_CCW)
    assert is_clockwise(SQUARE_CW)


def test_perimeter_of_triangle():
    assert perimeter([(0, 0), (3, 0), (0, 4)]) == pytest.approx(12)


def test_centroid_of_l_shape():
    shape = [(0, 0), (2, 0), (2, 1), (1, 1), (1, 2), (0, 2)]
    assert centroid(shape) == pytest.approx((5 / 6, 5 / 6))


def test_counter_clockwise_square_is_unchanged():
    assert to_counter_clockwise(SQUARE_CCW) == SQUARE_CCW


def test_clockwise_square_is_reversed():
    assert to_counter_clockwise(SQUARE_CW) == [(0, 0), (4, 0), (4, 4), (0, 4)]
