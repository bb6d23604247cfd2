import pytest

from roman_decode import format_roman, is_standard, parse_roman


def test_round_trip_every_number():
    for number in range(1, 4000):
        assert parse_roman(format_roman(number)) == number


def test_subtractive_pairs():
    assert [parse_roman(s) for s in ["IV", "IX", "XL", "XC", "CD", "CM"]] == [
        4, 9, 40, 90, 400, 900]


def test_lowercase_and_whitespace():
    assert parse_roman("  xiv\n") == 14
    assert is_standard(" mmxxiv ")


def test_empty_numeral_is_an_error():
    with pytest.raises(ValueError):
        parse_roman("   ")


def test_non_standard_spellings():
    for text in ["IC", "VX", "IL", "XM", "VV", "IIX", "MMMM", "", "ABC"]:
        assert not is_standard(text), text


def test_standard_spellings():
    for text in ["CDXLIV", "CMXCIX", "MMMCMXCIX", "IX", "I"]:
        assert is_standard(text), text
