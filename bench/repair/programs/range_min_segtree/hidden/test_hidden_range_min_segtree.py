import random

import pytest

from range_min_segtree import MinTree


def _brute(values, first, last):
    best = min(values[first:last + 1])
    return best, values.index(best, first, last + 1)


def test_random_against_brute_force_all_sizes():
    rng = random.Random(31)
    for size in range(1, 40):
        values = [rng.randint(0, 5) for _ in range(size)]
        tree = MinTree(values)
        for _ in range(30):
            if rng.random() < 0.4:
                position = rng.randrange(size)
                values[position] = rng.randint(0, 5)
                tree.assign(position, values[position])
            first = rng.randrange(size)
            last = rng.randrange(first, size)
            assert tree.argmin(first, last) == _brute(values, first, last)


def test_all_equal_values():
    tree = MinTree([3] * 11)
    assert tree.argmin(0, 10) == (3, 0)
    assert tree.argmin(4, 9) == (3, 4)
    assert tree.argmin(7, 7) == (3, 7)


def test_tie_across_halves_after_assign():
    tree = MinTree([9, 9, 9, 9, 9, 9, 9])
    tree.assign(5, 1)
    tree.assign(2, 1)
    assert tree.argmin(0, 6) == (1, 2)
    assert tree.argmin(3, 6) == (1, 5)


def test_size_twelve():
    values = [7, 3, 9, 3, 8, 2, 6, 2, 5, 4, 2, 1]
    tree = MinTree(values)
    assert tree.argmin(0, 10) == (2, 5)
    assert tree.argmin(0, 11) == (1, 11)
    assert tree.argmin(6, 9) == (2, 7)


def test_empty_tree_and_bad_positions():
    tree = MinTree([])
    assert tree.size == 0
    with pytest.raises(IndexError):
        tree.argmin(0, 0)
    with pytest.raises(IndexError):
        MinTree([1, 2, 3]).assign(3, 0)
