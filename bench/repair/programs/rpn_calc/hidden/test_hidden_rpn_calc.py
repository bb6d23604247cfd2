import pytest

from rpn_calc import evaluate


def test_division_and_power_order():
    assert evaluate("8 2 /") == 4.0
    assert evaluate("2 10 ^") == 1024.0
    assert evaluate("1 4 /") == 0.25


def test_mixed_expression():
    assert evaluate("5 1 2 + 4 * + 3 -") == 14.0
    assert evaluate("10 2 8 * + 3 -") == 23.0


def test_negative_numbers_and_leftovers():
    assert evaluate("-3 4 -") == -7.0
    with pytest.raises(ValueError):
        evaluate("1 2")
