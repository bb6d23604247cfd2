import pytest

from fib_matrix_mod import ModMatrix, fibonacci_mod, pisano_period


def test_identity_is_identity():
    assert ModMatrix.identity(3, 7).is_identity()
    assert not ModMatrix(((1, 1), (0, 1)), 7).is_identity()


def test_power_zero_is_identity():
    step = ModMatrix(((1, 1), (1, 0)), 10)
    assert (step**0).is_identity()


def test_mismatched_sizes_rejected():
    with pytest.raises(ValueError):
        ModMatrix.identity(2, 5) @ ModMatrix.identity(3, 5)


def test_first_fibonacci_numbers():
    assert [fibonacci_mod(n, 1000) for n in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]


def test_large_index_modulo_prime():
    assert fibonacci_mod(100, 10**9 + 7) == 687995182


def test_pisano_period_of_ten():
    assert pisano_period(10) == 60
