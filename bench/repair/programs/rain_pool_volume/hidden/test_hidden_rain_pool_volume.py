import random

from rain_pool_volume import pools, trapped_volume, water_levels


def brute_levels(heights):
    rows, cols = len(heights), len(heights[0])
    top = max(max(row) for row in heights)
    level = [[heights[r][c] if r in (0, rows - 1) or c in (0, cols - 1) else top
              for c in range(cols)] for r in range(rows)]
    changed = True
    while changed:
        changed = False
        for r in range(1, rows - 1):
            for c in range(1, cols - 1):
                lowest_out = min(level[r - 1][c], level[r + 1][c], level[r][c - 1], level[r][c + 1])
                new = max(heights[r][c], lowest_out)
                if new < level[r][c]:
                    level[r][c] = new
                    changed = True
    return level


def test_random_maps_against_relaxation():
    rng = random.Random(99)
    for _ in range(150):
        rows, cols = rng.randint(1, 7), rng.randint(1, 7)
        heights = [[rng.randint(0, 9) for _ in range(cols)] for _ in range(rows)]
        expected = brute_levels(heights)
        assert water_levels(heights) == expected
        assert trapped_volume(heights) == sum(
            e - h for er, hr in zip(expected, heights) for e, h in zip(er, hr))


def test_nested_rings():
    heights = [
        [9, 9, 9, 9, 9, 9, 9],
        [9, 2, 2, 2, 2, 2, 9],
        [9, 2, 6, 6, 6, 2, 9],
        [9, 2, 6, 0, 6, 2, 9],
        [9, 2, 6, 6, 6, 2, 9],
        [9, 2, 2, 2, 2, 2, 9],
        [9, 9, 9, 9, 9, 9, 9],
    ]
    assert trapped_volume(heights) == 16 * 7 + 8 * 3 + 9


def test_long_channel_drains_to_the_lowest_outlet():
    heights = [
        [4, 4, 4, 4, 4, 4, 4],
        [4, 0, 0, 0, 0, 0, 2],
        [4, 4, 4, 4, 4, 4, 4],
    ]
    assert water_levels(heights)[1] == [4, 2, 2, 2, 2, 2, 2]
    assert trapped_volume(heights) == 10
    assert pools(heights) == [(1, c) for c in range(1, 6)]


def test_levels_never_below_ground():
    heights = [[3, 3, 3, 3], [3, 1, 7, 3], [3, 2, 1, 3], [3, 3, 3, 3]]
    levels = water_levels(heights)
    assert levels == [[3, 3, 3, 3], [3, 3, 7, 3], [3, 3, 3, 3], [3, 3, 3, 3]]
    assert trapped_volume(heights) == 5
