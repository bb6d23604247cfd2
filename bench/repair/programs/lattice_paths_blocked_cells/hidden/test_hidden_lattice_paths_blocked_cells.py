import random
from functools import lru_cache
from math import comb

import pytest

from lattice_paths_blocked_cells import count_paths, count_paths_via


def brute(width, height, blocked):
    @lru_cache(maxsize=None)
    def go(x, y):
        if (x, y) in blocked or x > width or y > height:
            return 0
        if (x, y) == (width, height):
            return 1
        return go(x + 1, y) + go(x, y + 1)

    return go(0, 0)


def test_open_rectangles():
    assert count_paths(4, 1) == 5
    assert count_paths(5, 3) == comb(8, 3)
    assert count_paths(0, 0) == 1


def test_negative_size():
    assert count_paths(-1, 2) == 0


def test_blocked_target():
    assert count_paths(2, 3, {(2, 3)}) == 0


def test_wall_with_gap():
    # column x = 1 blocked except at the top row y = 2
    assert count_paths(2, 2, {(1, 0), (1, 1)}) == 1


def test_off_grid_points_ignored():
    assert count_paths(1, 3, {(3, 1), (5, 5)}) == 4


def test_via_point():
    assert count_paths_via(2, 2, (1, 0)) == 3
    assert count_paths_via(3, 1, (0, 1), {(2, 0)}) == 1
    assert count_paths_via(2, 2, (3, 0)) == 0


@pytest.mark.parametrize("seed", range(40))
def test_matches_brute_force(seed):
    rng = random.Random(seed)
    width, height = rng.randint(0, 6), rng.randint(0, 6)
    blocked = frozenset((rng.randint(0, width), rng.randint(0, height))
                        for _ in range(rng.randint(0, 5)))
    expected = brute(width, height, blocked)
    assert count_paths(width, height, blocked) == expected
    assert count_paths(width, height, blocked, mod=7) == expected % 7
