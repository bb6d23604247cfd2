from collections import Counter

from seeded_lattice_walk import boxed_walk, first_return, mean_square_displacement, walk


def test_replay_of_a_recorded_walk():
    assert walk(12, seed=2024, start=(5, 5)) == [
        (5, 5), (5, 4), (4, 4), (4, 5), (3, 5), (3, 4), (3, 5),
        (2, 5), (2, 4), (2, 5), (2, 4), (1, 4), (1, 5),
    ]


def test_replay_of_a_short_walk():
    assert walk(6, seed=1) == [(0, 0), (-1, 0), (0, 0), (0, 1), (1, 1), (1, 0), (1, -1)]
    assert first_return(walk(6, seed=1)) == 2


def test_replay_of_a_boxed_walk():
    assert boxed_walk(15, 2, 3, seed=77, start=(1, 2)) == [
        (1, 2), (1, 2), (1, 2), (0, 2), (0, 2), (0, 2), (1, 2), (1, 2),
        (1, 1), (0, 1), (0, 1), (1, 1), (1, 2), (1, 2), (1, 1), (0, 1),
    ]


def test_walk_goes_below_the_start():
    assert min(y for _, y in walk(300, seed=12)) == -6


def test_boxed_walk_reaches_every_cell():
    assert set(boxed_walk(2000, 3, 3, seed=4)) == {(x, y) for x in range(3) for y in range(3)}


def test_down_steps_as_common_as_up_steps():
    path = walk(10000, seed=21)
    counts = Counter((b[1] - a[1]) for a, b in zip(path, path[1:]))
    assert abs(counts[1] - counts[-1]) < 300
    assert 2200 < counts[-1] < 2800


def test_mean_square_displacement_other_length():
    assert 15 < mean_square_displacement(20, 1000, seed=8) < 25


def test_no_return():
    assert first_return([(0, 0), (1, 0), (2, 0)]) is None
