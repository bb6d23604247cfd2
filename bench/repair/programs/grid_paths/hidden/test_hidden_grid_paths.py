import itertools
import random

from grid_paths import cheapest_path, count_paths


def _walk(costs, moves):
    r = c = 0
    total = costs[0][0]
    for move in moves:
        r, c = (r + 1, c) if move == "D" else (r, c + 1)
        total += costs[r][c]
    return total, (r, c)


def _brute_cheapest(costs):
    rows, cols = len(costs), len(costs[0])
    best = None
    for downs in itertools.combinations(range(rows + cols - 2), rows - 1):
        moves = "".join("D" if i in downs else "R" for i in range(rows + cols - 2))
        total, _ = _walk(costs, moves)
        best = total if best is None else min(best, total)
    return best


def test_single_row_and_single_column():
    assert cheapest_path([[2, 7, 1, 8]]) == (18, "RRR")
    assert cheapest_path([[2], [7], [1]]) == (10, "DD")


def test_tall_grid():
    assert cheapest_path([[1, 9], [1, 9], [1, 1]]) == (4, "DDR")


def test_ties_enter_from_above():
    assert cheapest_path([[1, 1], [1, 1]]) == (3, "RD")
    assert cheapest_path([[1, 1, 1], [1, 1, 1]]) == (4, "RRD")


def test_random_rectangles_against_brute_force():
    rng = random.Random(7)
    for _ in range(120):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        costs = [[rng.randint(0, 9) for _ in range(cols)] for _ in range(rows)]
        total, moves = cheapest_path(costs)
        assert total == _brute_cheapest(costs)
        assert len(moves) == rows + cols - 2
        assert _walk(costs, moves) == (total, (rows - 1, cols - 1))


def test_count_paths_rectangles():
    assert count_paths([[False] * 4 for _ in range(2)]) == 4
    assert count_paths([[False] * 2 for _ in range(5)]) == 5
    assert count_paths([[False, True], [False, False], [True, False]]) == 1
    assert count_paths([[False, False], [False, True]]) == 0
    assert count_paths([]) == 0
