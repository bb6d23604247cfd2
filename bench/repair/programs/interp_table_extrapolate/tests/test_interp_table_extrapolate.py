import pytest

from interp_table_extrapolate import InterpTable


def test_midpoints_are_interpolated():
    table = InterpTable([(0, 0), (10, 100), (20, 120)])
    assert table(5) == pytest.approx(50)
    assert table(15) == pytest.approx(110)


def test_points_are_sorted_first():
    table = InterpTable([(20, 120), (0, 0), (10, 100)])
    assert table(10) == pytest.approx(100)
    assert table.sample([0, 2.5, 20]) == pytest.approx([0, 25, 120])


def test_clamped_outside_the_table():
    table = InterpTable([(0, 1), (1, 3)])
    assert table(-5) == 1
    assert table(7) == 3


def test_extrapolates_both_ends():
    table = InterpTable([(0, 0), (1, 2), (2, 3)], extrapolate=True)
    assert table(-1) == pytest.approx(-2)
    assert table(4) == pytest.approx(5)


def test_rejects_bad_tables():
    with pytest.raises(ValueError):
        InterpTable([(1, 1)])
    with pytest.raises(ValueError):
        InterpTable([(1, 1), (1, 2)])
