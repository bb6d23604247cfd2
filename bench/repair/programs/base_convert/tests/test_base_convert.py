import pytest

from base_convert import from_base, to_base


def test_zero():
    assert to_base(0, 2) == "0"
    assert to_base(0, 16) == "0"


def test_single_digit():
    assert to_base(7, 10) == "7"
    assert to_base(35, 36) == "z"


def test_binary():
    assert to_base(6, 2) == "110"


def test_hex_color_component():
    assert to_base(200, 16) == "c8"


def test_parse():
    assert from_base("ff", 16) == 255
    assert from_base("  -101 ", 2) == -5
    assert from_base("Z", 36) == 35


def test_invalid_digit():
    with pytest.raises(ValueError):
        from_base("12", 2)


def test_bad_base():
    with pytest.raises(ValueError):
        to_base(10, 1)
