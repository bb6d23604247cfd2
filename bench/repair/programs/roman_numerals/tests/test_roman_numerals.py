import pytest

from roman_numerals import from_roman, to_roman


def test_simple_numbers():
    assert to_roman(3) == "III"
    assert to_roman(2024) == "MMXXIV"


def test_parse():
    assert from_roman("XLII") == 42


def test_chapter_forty_four():
    assert to_roman(44) == "XLIV"


def test_out_of_range():
    with pytest.raises(ValueError):
        to_roman(0)
