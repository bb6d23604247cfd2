import pytest

from spiral_cells import ring_of, spiral_cells, spiral_fill, spiral_order


def test_three_by_three():
    matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert spiral_order(matrix) == [1, 2, 3, 6, 9, 8, 7, 4, 5]


def test_three_by_four():
    matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
    assert spiral_order(matrix) == [1, 2, 3, 4, 8, 12, 11, 10, 9, 5, 6, 7]


def test_two_rows():
    matrix = [["a", "b", "c", "d"], ["e", "f", "g", "h"]]
    assert spiral_order(matrix) == ["a", "b", "c", "d", "h", "g", "f", "e"]


def test_single_row_and_single_column():
    assert spiral_order([[1, 2, 3]]) == [1, 2, 3]
    assert spiral_order([[1], [2], [3]]) == [1, 2, 3]


def test_empty():
    assert spiral_order([]) == []
    assert list(spiral_cells(0, 5)) == []


def test_fill_round_trip():
    values = list(range(10))
    grid = spiral_fill(values, 2, 5)
    assert len(grid) == 2 and all(len(row) == 5 for row in grid)
    assert spiral_order(grid) == values


def test_fill_rejects_wrong_count():
    with pytest.raises(ValueError):
        spiral_fill([1, 2, 3], 2, 2)


def test_ring_of():
    assert ring_of(0, 3, 5, 5) == 0
    assert ring_of(2, 2, 5, 5) == 2
    assert ring_of(3, 1, 5, 5) == 1
