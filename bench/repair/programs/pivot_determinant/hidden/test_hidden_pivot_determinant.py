import random
from fractions import Fraction
from itertools import permutations

from pivot_determinant import Matrix


def _leibniz(rows):
    n = len(rows)
    total = Fraction(0)
    for perm in permutations(range(n)):
        inversions = sum(perm[i] > perm[j] for i in range(n) for j in range(i + 1, n))
        term = Fraction(-1 if inversions % 2 else 1)
        for r in range(n):
            term *= rows[r][perm[r]]
        total += term
    return total


def test_random_integer_matrices_against_leibniz():
    rng = random.Random(2024)
    for _ in range(300):
        n = rng.randint(1, 4)
        rows = [[rng.choice([-3, -2, -1, 0, 0, 0, 1, 2, 3]) for _ in range(n)] for _ in range(n)]
        assert Matrix(rows).determinant() == _leibniz(rows), rows


def test_negative_pivot_column():
    assert Matrix([[0, 1, 2], [-4, 0, 1], [-1, 3, 0]]).determinant() == _leibniz(
        [[0, 1, 2], [-4, 0, 1], [-1, 3, 0]]
    )


def test_counterclockwise_rotation_matrix():
    assert Matrix([[0, 1], [-1, 0]]).determinant() == 1


def test_fractions():
    half = Fraction(1, 2)
    assert Matrix([[0, half], [-half, 0]]).determinant() == Fraction(1, 4)


def test_transpose_keeps_determinant():
    rows = [[0, 2, -1], [-3, 0, 4], [-2, -5, 0]]
    assert Matrix(rows).transpose().determinant() == Matrix(rows).determinant() == _leibniz(rows)


def test_rotations_are_inverse():
    grid = Matrix([[1, -2, 3], [0, 5, -6], [7, 0, 9]])
    assert grid.rotate_clockwise().rotate_counterclockwise() == grid
    assert grid.rotate_counterclockwise() == Matrix([[3, -6, 9], [-2, 5, 0], [1, 0, 7]])


def test_empty_matrix():
    assert Matrix([]).determinant() == 1


def test_original_not_modified():
    grid = Matrix([[0, 3], [-1, 2]])
    grid.determinant()
    assert grid == Matrix([[0, 3], [-1, 2]])
