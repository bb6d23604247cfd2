import random

from rotated_search import rotation_point, search_rotated, unrotate


def _rotations(values):
    return [values[k:] + values[:k] for k in range(len(values))]


def test_every_rotation_every_target():
    base = [2, 5, 8, 13, 21, 34, 55]
    for rotated in _rotations(base):
        for target in range(-1, 60):
            expected = rotated.index(target) if target in rotated else -1
            assert search_rotated(rotated, target) == expected, (rotated, target)


def test_small_lists():
    assert search_rotated([9], 9) == 0
    assert search_rotated([9], 1) == -1
    assert search_rotated([2, 1], 1) == 1
    assert search_rotated([2, 1], 2) == 0
    assert search_rotated([3, 1, 2], 1) == 1


def test_random_rotations():
    rng = random.Random(7)
    for _ in range(200):
        base = sorted(rng.sample(range(-50, 50), rng.randint(1, 12)))
        k = rng.randrange(len(base))
        rotated = base[k:] + base[:k]
        target = rng.choice(rotated + [rng.randint(-60, 60)])
        expected = rotated.index(target) if target in rotated else -1
        assert search_rotated(rotated, target) == expected
        assert rotation_point(rotated) == (len(base) - k) % len(base)
        assert unrotate(rotated) == base
