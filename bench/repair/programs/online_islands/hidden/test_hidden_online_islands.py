import random

from online_islands import island_counts


def brute(rows, cols, cells):
    land = set()
    out = []
    for cell in cells:
        land.add(cell)
        seen = set()
        count = 0
        for start in land:
            if start in seen:
                continue
            count += 1
            stack = [start]
            seen.add(start)
            while stack:
                r, c = stack.pop()
                for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if nb in land and nb not in seen:
                        seen.add(nb)
                        stack.append(nb)
        out.append(count)
    return out


def test_corner_cell_joins_its_neighbours():
    assert island_counts(2, 2, [(0, 0), (1, 0), (0, 1)]) == [1, 1, 1]
    assert island_counts(2, 2, [(0, 0), (1, 1), (0, 1)]) == [1, 2, 1]


def test_first_and_last_cells_are_not_adjacent():
    assert island_counts(3, 3, [(2, 2), (0, 0)]) == [1, 2]
    assert island_counts(4, 2, [(1, 1), (2, 0)]) == [1, 2]


def test_single_column_grid():
    assert island_counts(4, 1, [(0, 0), (2, 0), (1, 0), (3, 0)]) == [1, 2, 1, 1]


def test_repeated_corner_cell():
    assert island_counts(2, 3, [(0, 0), (0, 0), (1, 2), (0, 0)]) == [1, 1, 2, 2]


def test_random_against_flood_fill():
    rng = random.Random(23)
    for _ in range(200):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        cells = [(rng.randrange(rows), rng.randrange(cols))
                 for _ in range(rng.randint(0, rows * cols + 3))]
        assert island_counts(rows, cols, cells) == brute(rows, cols, cells)
