from spiral_cells import spiral_cells, spiral_fill, spiral_order


def walk(rows, cols):
    """Reference: walk forward, turn right when leaving the grid or hitting a visited cell."""
    seen, cells = set(), []
    row, col, dr, dc = 0, 0, 0, 1
    for _ in range(rows * cols):
        cells.append((row, col))
        seen.add((row, col))
        nr, nc = row + dr, col + dc
        if not (0 <= nr < rows and 0 <= nc < cols) or (nr, nc) in seen:
            dr, dc = dc, -dr
            nr, nc = row + dr, col + dc
        row, col = nr, nc
    return cells


def test_every_shape_matches_reference_walk():
    for rows in range(0, 9):
        for cols in range(0, 9):
            assert list(spiral_cells(rows, cols)) == walk(rows, cols), (rows, cols)


def test_two_by_three():
    assert spiral_order([[1, 2, 3], [4, 5, 6]]) == [1, 2, 3, 6, 5, 4]


def test_four_by_six_order():
    matrix = [[r * 6 + c for c in range(6)] for r in range(4)]
    expected = [0, 1, 2, 3, 4, 5, 11, 17, 23, 22, 21, 20, 19, 18, 12, 6,
                7, 8, 9, 10, 16, 15, 14, 13]
    assert spiral_order(matrix) == expected


def test_fill_layout_two_rows():
    assert spiral_fill("abcdef", 2, 3) == [["a", "b", "c"], ["f", "e", "d"]]


def test_fill_layout_four_by_five():
    grid = spiral_fill(list(range(1, 21)), 4, 5)
    assert grid == [
        [1, 2, 3, 4, 5],
        [14, 15, 16, 17, 6],
        [13, 20, 19, 18, 7],
        [12, 11, 10, 9, 8],
    ]


def test_tall_shapes():
    matrix = [[r * 2 + c for c in range(2)] for r in range(5)]
    assert spiral_order(matrix) == [0, 1, 3, 5, 7, 9, 8, 6, 4, 2]
    matrix = [[r * 3 + c for c in range(3)] for r in range(4)]
    assert spiral_order(matrix) == [0, 1, 2, 5, 8, 11, 10, 9, 6, 3, 4, 7]
