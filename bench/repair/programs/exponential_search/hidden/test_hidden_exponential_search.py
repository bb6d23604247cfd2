import random

from exponential_search import contains, exponential_search


def test_every_position_of_a_long_list():
    items = list(range(0, 300, 3))
    for index, value in enumerate(items):
        assert exponential_search(items, value) == index


def test_powers_of_two_positions():
    items = [10 * i for i in range(70)]
    for index in (1, 2, 4, 8, 16, 32, 64):
        assert exponential_search(items, items[index]) == index


def test_values_between_elements_are_absent():
    items = [1, 5, 9, 13, 17, 21, 25, 29, 33]
    for value in range(-2, 36):
        expected = items.index(value) if value in items else -1
        assert exponential_search(items, value) == expected


def test_single_element():
    assert exponential_search([7], 7) == 0
    assert exponential_search([7], 6) == -1
    assert exponential_search([7], 8) == -1


def test_random_against_list_index():
    rng = random.Random(2024)
    for _ in range(300):
        items = sorted(rng.sample(range(200), rng.randint(1, 40)))
        target = rng.randrange(-5, 205)
        expected = items.index(target) if target in items else -1
        assert exponential_search(items, target) == expected
        assert contains(items, target) == (expected != -1)


def test_duplicates_return_a_matching_index():
    items = [2, 2, 3, 3, 3, 3, 9, 9]
    for target in (2, 3, 9):
        assert items[exponential_search(items, target)] == target
