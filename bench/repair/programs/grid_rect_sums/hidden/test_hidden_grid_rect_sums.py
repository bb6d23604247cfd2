import random

import pytest

from grid_rect_sums import SummedArea


def _brute(grid, top, left, bottom, right):
    return sum(grid[r][c] for r in range(top, bottom + 1) for c in range(left, right + 1))


def _random_grid(rng):
    rows, cols = rng.randint(1, 6), rng.randint(1, 6)
    return [[rng.randint(-9, 9) for _ in range(cols)] for _ in range(rows)]


def test_every_rectangle_matches_brute_force():
    rng = random.Random(11)
    for _ in range(40):
        grid = _random_grid(rng)
        table = SummedArea(grid)
        rows, cols = len(grid), len(grid[0])
        for top in range(rows):
            for bottom in range(top, rows):
                for left in range(cols):
                    for right in range(left, cols):
                        assert table.rect_sum(top, left, bottom, right) == _brute(
                            grid, top, left, bottom, right)


def test_cells():
    rng = random.Random(5)
    grid = _random_grid(rng)
    table = SummedArea(grid)
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            assert table.cell(r, c) == value


def test_best_window_matches_brute_force():
    rng = random.Random(3)
    for _ in range(40):
        grid = _random_grid(rng)
        table = SummedArea(grid)
        height, width = rng.randint(1, len(grid)), rng.randint(1, len(grid[0]))
        expected = None
        for top in range(len(grid) - height + 1):
            for left in range(len(grid[0]) - width + 1):
                value = _brute(grid, top, left, top + height - 1, left + width - 1)
                if expected is None or value > expected[0]:
                    expected = (value, top, left)
        assert table.best_window(height, width) == expected


def test_single_cell_grid_and_errors():
    table = SummedArea([[7]])
    assert table.total() == 7
    assert table.cell(0, 0) == 7
    with pytest.raises(IndexError):
        table.rect_sum(0, 1, 0, 1)
    with pytest.raises(IndexError):
        SummedArea([[1, 2], [3, 4]]).rect_sum(1, 0, 0, 1)
    with pytest.raises(ValueError):
        table.best_window(2, 1)


def test_bottom_right_corner():
    grid = [[0, 0, 0], [0, 0, 0], [0, 0, 5]]
    assert SummedArea(grid).rect_sum(2, 2, 2, 2) == 5
    assert SummedArea(grid).rect_sum(1, 1, 2, 2) == 5
