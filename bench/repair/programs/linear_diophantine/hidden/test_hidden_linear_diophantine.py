import random
from math import gcd

from linear_diophantine import extended_gcd, fewest_items, nonnegative_solutions, particular_solution


def _brute(a, b, c):
    return [(x, (c - a * x) // b) for x in range(c // a + 1) if (c - a * x) % b == 0]


def test_nonnegative_against_brute_force():
    rng = random.Random(17)
    for _ in range(400):
        a, b = rng.randint(1, 30), rng.randint(1, 30)
        c = rng.randint(0, 200)
        assert nonnegative_solutions(a, b, c) == _brute(a, b, c), (a, b, c)


def test_unequal_coefficients():
    assert nonnegative_solutions(4, 6, 24) == [(0, 4), (3, 2), (6, 0)]
    assert nonnegative_solutions(7, 3, 30) == [(0, 10), (3, 3)]
    assert nonnegative_solutions(5, 3, 0) == [(0, 0)]
    assert nonnegative_solutions(12, 18, 6) == []


def test_fewest_items_more():
    assert fewest_items(3, 5, 22) == (4, 2)
    assert fewest_items(4, 6, 24) == (0, 4)
    assert fewest_items(1, 1, 3) == (0, 3)
    assert fewest_items(2, 7, 29) == (4, 3)


def test_extended_gcd_signs():
    rng = random.Random(4)
    for _ in range(300):
        a, b = rng.randint(-50, 50), rng.randint(-50, 50)
        g, x, y = extended_gcd(a, b)
        assert g == gcd(a, b)
        assert a * x + b * y == g


def test_particular_solution_cases():
    for a, b, c in [(0, 5, 15), (5, 0, 15), (-4, 6, 10), (9, -12, 21), (0, 0, 0)]:
        x, y = particular_solution(a, b, c)
        assert a * x + b * y == c
    assert particular_solution(0, 0, 1) is None
    assert particular_solution(0, 4, 6) is None
