import random

from binary_search import contains, find, lower_bound


def test_every_position_is_found():
    for size in range(0, 20):
        items = list(range(0, size * 3, 3))
        for index, value in enumerate(items):
            assert find(items, value) == index


def test_single_element():
    assert find([7], 7) == 0
    assert find([7], 8) == -1
    assert find([7], 6) == -1


def test_values_outside_range():
    items = [5, 9, 14]
    assert find(items, 1) == -1
    assert find(items, 20) == -1


def test_random_against_linear_scan():
    rng = random.Random(7)
    for _ in range(200):
        items = sorted(set(rng.sample(range(100), rng.randint(0, 30))))
        target = rng.randrange(-5, 105)
        expected = items.index(target) if target in items else -1
        assert find(items, target) == expected
        assert contains(items, target) == (target in items)


def test_lower_bound_with_duplicates():
    assert lower_bound([1, 2, 2, 2, 3], 2) == 1
    assert lower_bound([1, 2, 3], 4) == 3
