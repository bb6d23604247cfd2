import pytest

from interp_table_extrapolate import InterpTable


def test_exact_knots_with_extrapolation():
    table = InterpTable([(0, 5), (2, 1), (4, 9)], extrapolate=True)
    assert table(0) == pytest.approx(5)
    assert table(2) == pytest.approx(1)
    assert table(4) == pytest.approx(9)


def test_extrapolates_right_with_last_segment():
    table = InterpTable([(1, 10), (3, 20), (5, 10)], extrapolate=True)
    assert table(6) == pytest.approx(5)
    assert table(9) == pytest.approx(-10)
    assert table(0) == pytest.approx(5)


def test_extrapolated_two_point_table():
    table = InterpTable([(2, 4), (6, 12)], extrapolate=True)
    assert table(10) == pytest.approx(20)
    assert table(6) == pytest.approx(12)
    assert table(0) == pytest.approx(0)


def test_clamped_values_at_ends():
    table = InterpTable([(1, 10), (3, 20), (5, 10)])
    assert table(5) == 10
    assert table(100) == 10
    assert table(1) == 10
    assert table(4) == pytest.approx(15)


def test_area_of_interpolant():
    table = InterpTable([(0, 0), (2, 2), (4, 0)], extrapolate=True)
    assert table.area() == pytest.approx(4)
    assert table.sample([-1, 5]) == pytest.approx([-1, -1])
