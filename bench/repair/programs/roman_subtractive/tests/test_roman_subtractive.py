import pytest

from roman_subtractive import RomanNumerals

roman = RomanNumerals()


def test_encode():
    assert roman.encode(3) == "III"
    assert roman.encode(1994) == "MCMXCIV"
    assert roman.encode(3999) == "MMMCMXCIX"


def test_encode_out_of_range():
    with pytest.raises(ValueError):
        roman.encode(0)


def test_decode_additive():
    assert roman.decode("VIII") == 8
    assert roman.decode("MDCLXVI") == 1666


def test_decode_subtractive():
    assert roman.decode("XIV") == 14
    assert roman.decode("MCMXCIV") == 1994


def test_decode_rejects_other_letters():
    with pytest.raises(ValueError):
        roman.decode("XIZ")


def test_add():
    assert roman.add("XX", "II") == "XXII"
    assert roman.add("IX", "XL") == "XLIX"
