from spiral_order import spiral_fill, spiral_order


def test_empty_grid():
    assert spiral_order([]) == []
    assert spiral_order([[]]) == []


def test_single_row():
    assert spiral_order([[1, 2, 3]]) == [1, 2, 3]


def test_square_grid():
    grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    assert spiral_order(grid) == [1, 2, 3, 6, 9, 8, 7, 4, 5]


def test_single_column():
    assert spiral_order([[1], [2], [3]]) == [1, 2, 3]


def test_fill_two_by_two():
    assert spiral_fill(2, 2) == [[1, 2], [4, 3]]
