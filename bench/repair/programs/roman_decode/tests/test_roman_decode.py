import pytest

from roman_decode import format_roman, is_standard, parse_roman


def test_format():
    assert format_roman(1994) == "MCMXCIV"
    assert format_roman(3888) == "MMMDCCCLXXXVIII"


def test_format_out_of_range():
    with pytest.raises(ValueError):
        format_roman(0)


def test_parse_additive_numerals():
    assert parse_roman("III") == 3
    assert parse_roman("MDCLXVI") == 1666


def test_parse_year():
    assert parse_roman("MCMXCIV") == 1994


def test_parse_rejects_other_letters():
    with pytest.raises(ValueError):
        parse_roman("XIZ")


def test_standard_form():
    assert is_standard("XLII")
    assert not is_standard("IIII")
