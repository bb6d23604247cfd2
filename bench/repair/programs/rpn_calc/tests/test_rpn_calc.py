import pytest

from rpn_calc import evaluate


def test_single_number():
    assert evaluate("42") == 42.0


def test_addition_and_multiplication():
    assert evaluate("3 4 + 2 *") == 14.0


def test_price_after_discount():
    assert evaluate("120 15 -") == 105.0


def test_missing_operand():
    with pytest.raises(ValueError):
        evaluate("1 +")
