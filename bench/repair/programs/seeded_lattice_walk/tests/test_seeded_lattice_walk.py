from collections import Counter

from seeded_lattice_walk import boxed_walk, first_return, mean_square_displacement, walk


def _steps(path):
    return [(b[0] - a[0], b[1] - a[1]) for a, b in zip(path, path[1:])]


def test_path_length_and_start():
    path = walk(25, seed=1, start=(3, -2))
    assert len(path) == 26
    assert path[0] == (3, -2)


def test_steps_are_unit_moves():
    for step in _steps(walk(200, seed=5)):
        assert abs(step[0]) + abs(step[1]) == 1


def test_same_seed_replays():
    assert walk(100, seed=42) == walk(100, seed=42)
    assert walk(100, seed=42) != walk(100, seed=43)


def test_first_return():
    assert first_return([(0, 0), (1, 0), (1, 1), (0, 1), (0, 0), (1, 0)]) == 4


def test_boxed_walk_stays_inside():
    for x, y in boxed_walk(500, 4, 3, seed=9):
        assert 0 <= x < 4 and 0 <= y < 3


def test_directions_are_balanced():
    counts = Counter(_steps(walk(4000, seed=3)))
    assert set(counts) == {(1, 0), (-1, 0), (0, 1), (0, -1)}
    for count in counts.values():
        assert 850 < count < 1150


def test_mean_square_displacement_grows_linearly():
    assert 40 < mean_square_displacement(50, 400, seed=1) < 60
