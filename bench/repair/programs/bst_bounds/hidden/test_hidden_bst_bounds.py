import random

from bst_bounds import SearchTree


def _floor(keys, key):
    below = [k for k in keys if k <= key]
    return max(below) if below else None


def _ceiling(keys, key):
    above = [k for k in keys if k >= key]
    return min(above) if above else None


def test_every_stored_key_is_its_own_floor_and_ceiling():
    keys = [50, 25, 75, 12, 37, 62, 87, 6, 18]
    tree = SearchTree(keys)
    for key in keys:
        assert tree.ceiling(key) == key
        assert tree.floor(key) == key


def test_negative_keys():
    tree = SearchTree([-5, -1, 3])
    assert tree.ceiling(-1) == -1
    assert tree.ceiling(-4) == -1
    assert tree.ceiling(-10) == -5
    assert tree.floor(0) == -1


def test_single_key():
    tree = SearchTree([7])
    assert (tree.floor(7), tree.ceiling(7)) == (7, 7)
    assert (tree.floor(6), tree.ceiling(8)) == (None, None)


def test_random_against_brute_force():
    rng = random.Random(2024)
    for _ in range(100):
        keys = [rng.randint(-30, 30) for _ in range(rng.randint(0, 15))]
        tree = SearchTree(keys)
        assert list(tree) == sorted(set(keys))
        assert len(tree) == len(set(keys))
        for probe in range(-32, 33):
            assert tree.floor(probe) == _floor(keys, probe)
            assert tree.ceiling(probe) == _ceiling(keys, probe)
            assert (probe in tree) == (probe in keys)
