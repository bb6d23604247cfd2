from zigzag_diagonals import anti_diagonals, zigzag

GRID = [
    [1, 2, 3],
    [4, 5, 6],
    [7, 8, 9],
]


def test_anti_diagonals():
    assert list(anti_diagonals(GRID)) == [[1], [2, 4], [3, 5, 7], [6, 8], [9]]


def test_zigzag_square():
    assert list(zigzag(GRID)) == [1, 2, 4, 7, 5, 3, 6, 8, 9]


def test_zigzag_single_row():
    assert list(zigzag([[5, 6, 7, 8]])) == [5, 6, 7, 8]


def test_zigzag_single_column():
    assert list(zigzag([[1], [2], [3]])) == [1, 2, 3]


def test_zigzag_empty():
    assert list(zigzag([])) == []
