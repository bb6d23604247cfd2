import pytest

from euler_totient import is_coprime, multiplicative_order, totient


def test_one():
    assert totient(1) == 1


def test_powers_of_two():
    assert totient(8) == 4
    assert totient(1024) == 512


def test_square_of_a_prime():
    assert totient(49) == 42


def test_prime():
    assert totient(13) == 12


def test_composite():
    assert totient(10) == 4


def test_rejects_zero():
    with pytest.raises(ValueError):
        totient(0)


def test_coprime_and_order():
    assert is_coprime(9, 28)
    assert not is_coprime(6, 15)
    assert multiplicative_order(2, 9) == 6
