import pytest

from signed_radix import Radix


def test_encode_hex():
    assert Radix(16).encode(255) == "ff"
    assert Radix(16).encode(0) == "0"


def test_encode_negative_number():
    assert Radix(2).encode(-10) == "-1010"


def test_negabinary_needs_no_sign():
    assert Radix(-2).encode(-3) == "1101"
    assert Radix(-2).encode(6) == "11010"


def test_decode_positive():
    assert Radix(36).decode("Zz") == 35 * 36 + 35
    assert Radix(10).decode(" 1_000 ") == 1000


def test_decode_negative():
    assert Radix(10).decode("-42") == -42


def test_decode_negabinary():
    assert Radix(-2).decode("1101") == -3


def test_bad_digit_rejected():
    with pytest.raises(ValueError):
        Radix(8).decode("19")


def test_convert_between_bases():
    assert Radix(16).convert("-ff", Radix(8)) == "-377"
