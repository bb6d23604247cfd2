import random

from zigzag_diagonals import anti_diagonals, zigzag


def walk(rows, cols):
    """Reference: simulate the zigzag by moving up-right / down-left and bouncing."""
    order = []
    r = c = 0
    up = True
    for _ in range(rows * cols):
        order.append((r, c))
        if up:
            if c == cols - 1:
                r, up = r + 1, False
            elif r == 0:
                c, up = c + 1, False
            else:
                r, c = r - 1, c + 1
        else:
            if r == rows - 1:
                c, up = c + 1, True
            elif c == 0:
                r, up = r + 1, True
            else:
                r, c = r + 1, c - 1
    return order


def numbered(rows, cols):
    return [[r * cols + c for c in range(cols)] for r in range(rows)]


def test_two_by_two():
    assert list(zigzag([[1, 2], [3, 4]])) == [1, 2, 3, 4]


def test_wide_matrix():
    grid = [[1, 2, 3, 4], [5, 6, 7, 8]]
    assert list(zigzag(grid)) == [1, 2, 5, 6, 3, 4, 7, 8]


def test_tall_matrix():
    grid = [[1, 2], [3, 4], [5, 6], [7, 8]]
    assert list(zigzag(grid)) == [1, 2, 3, 5, 4, 6, 7, 8]


def test_four_by_four_jpeg_order():
    grid = numbered(4, 4)
    assert list(zigzag(grid)) == [0, 1, 4, 8, 5, 2, 3, 6, 9, 12, 13, 10, 7, 11, 14, 15]


def test_against_bouncing_walk():
    rng = random.Random(5)
    for _ in range(60):
        rows, cols = rng.randint(1, 7), rng.randint(1, 7)
        grid = numbered(rows, cols)
        expected = [grid[r][c] for r, c in walk(rows, cols)]
        assert list(zigzag(grid)) == expected, (rows, cols)


def test_anti_diagonals_rectangular():
    grid = [[1, 2, 3], [4, 5, 6]]
    assert list(anti_diagonals(grid)) == [[1], [2, 4], [3, 5], [6]]


def test_single_cell():
    assert list(zigzag([[42]])) == [42]
