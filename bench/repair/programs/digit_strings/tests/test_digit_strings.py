import pytest

from digit_strings import add_strings, factorial_string, multiply_strings


def test_add_with_carry_out():
    assert add_strings("989", "123") == "1112"


def test_add_ignores_leading_zeros():
    assert add_strings("007", "5") == "12"


def test_multiply():
    assert multiply_strings("99", "99") == "9801"
    assert multiply_strings("123", "456") == "56088"


def test_multiply_by_zero():
    assert multiply_strings("0", "12345") == "0"


def test_small_factorials():
    assert factorial_string(0) == "1"
    assert factorial_string(5) == "120"


def test_rejects_signs_and_blanks():
    for bad in ("", "-3", "1.5", " 7"):
        with pytest.raises(ValueError):
            add_strings(bad, "1")
