import pytest

from prime_factors import divisor_count, is_prime, prime_factors, totient


def test_small_values():
    assert prime_factors(1) == []
    assert prime_factors(2) == [2]
    assert prime_factors(97) == [97]


def test_composite():
    assert prime_factors(360) == [2, 2, 2, 3, 3, 5]


def test_square_of_a_prime():
    assert prime_factors(49) == [7, 7]


def test_is_prime():
    assert [n for n in range(20) if is_prime(n)] == [2, 3, 5, 7, 11, 13, 17, 19]


def test_totient():
    assert totient(10) == 4
    assert totient(36) == 12


def test_non_positive_rejected():
    with pytest.raises(ValueError):
        prime_factors(0)
