import pytest

from decimal_to_base import divide_small, from_base, to_base


def test_divide_small():
    assert divide_small("1000", 7) == ("142", 6)
    assert divide_small("5", 9) == ("0", 5)


def test_from_base():
    assert from_base("ff", 16) == "255"
    assert from_base("101010", 2) == "42"
    assert from_base("zz", 36) == "1295"


def test_zero():
    assert to_base("0", 2) == "0"
    assert to_base("000", 16) == "0"


def test_to_binary():
    assert to_base("6", 2) == "110"


def test_to_hex():
    assert to_base("4096", 16) == "1000"


def test_invalid_base():
    with pytest.raises(ValueError):
        to_base("10", 1)
    with pytest.raises(ValueError):
        from_base("12", 2)
