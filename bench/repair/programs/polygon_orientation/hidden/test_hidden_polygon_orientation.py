import pytest

from polygon_orientation import area, is_clockwise, signed_area, to_counter_clockwise


def test_clockwise_triangle():
    tri = [(1, 1), (2, 5), (6, 2)]
    assert is_clockwise(tri)
    assert to_counter_clockwise(tri) == [(1, 1), (6, 2), (2, 5)]


def test_clockwise_pentagon_keeps_every_vertex():
    pent = [(0, 0), (-1, 3), (2, 5), (5, 3), (4, 0)]
    result = to_counter_clockwise(pent)
    assert result == [(0, 0), (4, 0), (5, 3), (2, 5), (-1, 3)]
    assert not is_clockwise(result)
    assert area(result) == area(pent)


def test_tuple_input_gives_list():
    tri = ((0, 0), (0, 2), (2, 0))
    assert to_counter_clockwise(tri) == [(0, 0), (2, 0), (0, 2)]
    assert to_counter_clockwise(((0, 0), (2, 0), (0, 2))) == [(0, 0), (2, 0), (0, 2)]


def test_result_is_a_new_list():
    pts = [(0, 0), (0, 1), (1, 1), (1, 0)]
    result = to_counter_clockwise(pts)
    assert pts == [(0, 0), (0, 1), (1, 1), (1, 0)]
    assert signed_area(result) == pytest.approx(1)
    assert len(result) == 4
