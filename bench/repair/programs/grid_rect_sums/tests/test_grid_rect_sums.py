import pytest

from grid_rect_sums import SummedArea

GRID = [
    [1, 2, 3, 4],
    [5, 6, 7, 8],
    [9, 10, 11, 12],
]


def test_total():
    assert SummedArea(GRID).total() == 78


def test_first_row():
    assert SummedArea(GRID).rect_sum(0, 0, 0, 3) == 10


def test_top_left_block():
    assert SummedArea(GRID).rect_sum(0, 0, 1, 1) == 14


def test_middle_block():
    assert SummedArea(GRID).rect_sum(1, 1, 2, 2) == 34


def test_best_window():
    assert SummedArea(GRID).best_window(2, 2) == (38, 1, 2)


def test_ragged_grid_rejected():
    with pytest.raises(ValueError):
        SummedArea([[1, 2], [3]])


def test_out_of_range():
    with pytest.raises(IndexError):
        SummedArea(GRID).rect_sum(0, 0, 3, 0)
