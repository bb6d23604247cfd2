import pytest

from roman_subtractive import RomanNumerals

roman = RomanNumerals()


def test_round_trip_every_value():
    for number in range(1, 4000):
        assert roman.decode(roman.encode(number)) == number


def test_each_subtractive_pair():
    pairs = {"IV": 4, "IX": 9, "XL": 40, "XC": 90, "CD": 400, "CM": 900}
    for text, value in pairs.items():
        assert roman.decode(text) == value


def test_lowercase_and_spaces():
    assert roman.decode(" mmxxiv ") == 2024
    assert roman.decode("cdxliv") == 444


def test_canonical_forms():
    assert roman.is_canonical("XLII")
    assert roman.is_canonical("cmxcix")
    assert not roman.is_canonical("IIII")
    assert not roman.is_canonical("IM")
    assert not roman.is_canonical("")
    assert not roman.is_canonical("ABC")


def test_add_across_subtractive_forms():
    assert roman.add("CD", "XC") == "CDXC"
    assert roman.add("CMXCIX", "I") == "M"


def test_encode_rejects_too_large():
    with pytest.raises(ValueError):
        roman.encode(4000)
