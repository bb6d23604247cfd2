import pytest

from luhn_check import check_digit, digits_of, is_valid


def test_sixteen_digit_card():
    assert is_valid("4539 1488 0343 6467")
    assert not is_valid("4539 1488 0343 6468")


def test_rejects_letters():
    with pytest.raises(ValueError):
        digits_of("4539-14x8")


def test_single_digit_is_never_valid():
    assert not is_valid("0")


def test_odd_length_number():
    assert is_valid("79927398713")
    assert not is_valid("79927398710")


def test_check_digit():
    assert check_digit("7992739871") == 3
