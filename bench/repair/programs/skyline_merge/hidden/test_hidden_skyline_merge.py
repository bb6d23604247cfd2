import random

from skyline_merge import max_height, merge_skylines, skyline


def _brute(buildings):
    xs = sorted({x for left, right, _ in buildings for x in (left, right)})
    outline = []
    for x in xs:
        height = max((h for left, right, h in buildings if left <= x < right), default=0)
        if not outline or outline[-1][1] != height:
            outline.append((x, height))
    if outline and outline[0][1] == 0:
        outline = outline[1:]
    return outline


def test_gap_between_buildings():
    assert skyline([(0, 2, 3), (4, 6, 5), (7, 8, 1)]) == [
        (0, 3), (2, 0), (4, 5), (6, 0), (7, 1), (8, 0),
    ]


def test_building_hidden_behind_taller_one():
    assert skyline([(1, 10, 8), (2, 4, 3), (5, 7, 6)]) == [(1, 8), (10, 0)]


def test_merge_of_two_outlines():
    assert merge_skylines([(1, 4), (5, 0)], [(3, 6), (8, 0)]) == [(1, 4), (3, 6), (8, 0)]


def test_max_height_picks_tallest_of_many():
    assert max_height([(0, 1, 2), (1, 2, 9), (2, 3, 4), (3, 4, 1)]) == 9


def test_random_against_brute_force():
    rng = random.Random(99)
    for _ in range(300):
        buildings = []
        for _ in range(rng.randint(0, 9)):
            left = rng.randint(0, 15)
            buildings.append((left, left + rng.randint(1, 6), rng.randint(1, 6)))
        assert skyline(buildings) == _brute(buildings), buildings
