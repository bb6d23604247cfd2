import random

from spiral_order import spiral_fill, spiral_order


def _reference(matrix):
    result = []
    grid = [list(row) for row in matrix]
    while grid and grid[0]:
        result += grid.pop(0)
        grid = [list(row) for row in zip(*grid)][::-1]
    return result


def test_wide_and_tall_rectangles():
    assert spiral_order([[1, 2, 3, 4], [5, 6, 7, 8]]) == [1, 2, 3, 4, 8, 7, 6, 5]
    assert spiral_order([[1, 2], [3, 4], [5, 6]]) == [1, 2, 4, 6, 5, 3]


def test_one_by_one():
    assert spiral_order([[7]]) == [7]


def test_random_shapes_match_reference():
    rng = random.Random(11)
    for _ in range(200):
        rows, cols = rng.randint(1, 7), rng.randint(1, 7)
        matrix = [[rng.randint(0, 99) for _ in range(cols)] for _ in range(rows)]
        assert spiral_order(matrix) == _reference(matrix)


def test_fill_is_a_spiral_permutation():
    grid = spiral_fill(3, 4)
    assert grid == [[1, 2, 3, 4], [10, 11, 12, 5], [9, 8, 7, 6]]
    assert spiral_order(spiral_fill(5, 3)) == list(range(1, 16))
