import pytest

from radix_transcode import convert, format_int, parse


def test_parse_hex_any_case():
    assert parse("ff", 16) == 255
    assert parse("FF", 16) == 255


def test_parse_negative_binary():
    assert parse("-101", 2) == -5


def test_format():
    assert format_int(255, 2) == "11111111"
    assert format_int(0, 7) == "0"
    assert format_int(35, 36) == "z"


def test_format_negative():
    assert format_int(-42, 16) == "-2a"


def test_convert():
    assert convert("777", 8, 16) == "1ff"


def test_invalid_digit():
    with pytest.raises(ValueError):
        parse("12", 2)


def test_bad_base():
    with pytest.raises(ValueError):
        format_int(5, 1)
