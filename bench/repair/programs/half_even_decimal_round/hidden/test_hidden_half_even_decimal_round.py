import pytest

from half_even_decimal_round import round_all, round_half_even


def test_more_than_half_rounds_up_even_when_kept_digit_is_even():
    assert round_half_even("2.51") == "3"
    assert round_half_even("0.500001") == "1"
    assert round_half_even("4.2500001", 1) == "4.3"


def test_exact_ties():
    assert round_half_even("3.5") == "4"
    assert round_half_even("4.5") == "4"
    assert round_half_even("2.675", 2) == "2.68"
    assert round_half_even("2.665", 2) == "2.66"
    assert round_half_even("9.95", 1) == "10.0"


def test_negative_ties_are_symmetric():
    assert round_half_even("-2.5") == "-2"
    assert round_half_even("-3.5") == "-4"
    assert round_half_even("-0.05", 1) == "0.0"
    assert round_half_even("-0.15", 1) == "-0.2"


def test_leading_dot_and_plus_sign():
    assert round_half_even(".125", 2) == "0.12"
    assert round_half_even("+.375", 2) == "0.38"
    assert round_half_even("  12.0049 ", 2) == "12.00"


def test_invalid():
    with pytest.raises(ValueError):
        round_half_even("")
    with pytest.raises(ValueError):
        round_half_even("-")
    with pytest.raises(ValueError):
        round_half_even("1.2", -1)
    assert round_all([], 3) == []
