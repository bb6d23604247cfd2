import itertools
import random
from fractions import Fraction

import pytest

from cramer_rule import determinant, solve


def _leibniz(matrix):
    n = len(matrix)
    total = 0
    for perm in itertools.permutations(range(n)):
        inversions = sum(1 for i in range(n) for j in range(i + 1, n) if perm[i] > perm[j])
        term = (-1) ** inversions
        for row, col in enumerate(perm):
            term *= matrix[row][col]
        total += term
    return total


def test_random_matrices_against_leibniz():
    rng = random.Random(21)
    for _ in range(60):
        n = rng.randint(1, 5)
        matrix = [[rng.randint(-6, 6) for _ in range(n)] for _ in range(n)]
        assert determinant(matrix) == _leibniz(matrix)


def test_row_swap_flips_sign():
    matrix = [[3, 1, 4], [1, 5, 9], [2, 6, 5]]
    swapped = [matrix[1], matrix[0], matrix[2]]
    assert determinant(matrix) == -90
    assert determinant(swapped) == 90


def test_fraction_entries():
    matrix = [[Fraction(1, 2), Fraction(1, 3)], [Fraction(1, 4), Fraction(1, 5)]]
    assert determinant(matrix) == Fraction(1, 10) - Fraction(1, 12)


def test_singular_systems_rejected():
    with pytest.raises(ValueError):
        solve([[1, 2], [2, 4]], [3, 6])
    with pytest.raises(ValueError):
        solve([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [1, 2, 3])


def test_random_systems_satisfy_equations():
    rng = random.Random(4)
    solved = 0
    for _ in range(60):
        n = rng.randint(1, 4)
        matrix = [[rng.randint(-5, 5) for _ in range(n)] for _ in range(n)]
        rhs = [rng.randint(-9, 9) for _ in range(n)]
        if _leibniz(matrix) == 0:
            with pytest.raises(ValueError):
                solve(matrix, rhs)
            continue
        x = solve(matrix, rhs)
        for cells, expected in zip(matrix, rhs):
            assert sum(a * b for a, b in zip(cells, x)) == expected
        solved += 1
    assert solved > 30


def test_wrong_rhs_length():
    with pytest.raises(ValueError):
        solve([[1, 0], [0, 1]], [1, 2, 3])
