import random

import pytest

from fib_matrix_mod import ModMatrix, fibonacci_mod, pisano_period


def _naive_product(a, b, m):
    n = len(a)
    return tuple(
        tuple(sum(a[r][k] * b[k][c] for k in range(n)) % m for c in range(n)) for r in range(n)
    )


def _fib(n, m):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a % m


def _pisano(m):
    a, b, period = 0, 1, 0
    while True:
        a, b = b, (a + b) % m
        period += 1
        if (a, b) == (0, 1):
            return period


def test_products_against_naive():
    rng = random.Random(77)
    for _ in range(200):
        n = rng.randint(1, 4)
        m = rng.randint(2, 50)
        a = tuple(tuple(rng.randint(0, m - 1) for _ in range(n)) for _ in range(n))
        b = tuple(tuple(rng.randint(0, m - 1) for _ in range(n)) for _ in range(n))
        assert (ModMatrix(a, m) @ ModMatrix(b, m)).rows == _naive_product(a, b, m)


def test_power_matches_repeated_product():
    m = ModMatrix(((2, 3, 1), (0, 4, 5), (6, 1, 1)), 11)
    expected = ModMatrix.identity(3, 11)
    for exponent in range(12):
        assert (m**exponent).rows == expected.rows
        expected = expected @ m


def test_fibonacci_against_iteration():
    rng = random.Random(5)
    for _ in range(100):
        n = rng.randint(0, 400)
        m = rng.randint(2, 10**6)
        assert fibonacci_mod(n, m) == _fib(n, m)


def test_pisano_periods():
    for m in range(2, 40):
        assert pisano_period(m) == _pisano(m)


def test_identity_up_to_congruence():
    assert ModMatrix(((8, 0), (14, 15)), 7).is_identity()
    assert not ModMatrix(((8, 1), (0, 15)), 7).is_identity()


def test_different_moduli_rejected():
    with pytest.raises(ValueError):
        ModMatrix.identity(2, 5) @ ModMatrix.identity(2, 7)


def test_negative_power_rejected():
    with pytest.raises(ValueError):
        ModMatrix.identity(2, 5) ** -1
