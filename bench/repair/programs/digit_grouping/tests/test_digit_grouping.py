from decimal import Decimal

import pytest

from digit_grouping import format_number, group_thousands, parse_number


def test_small_numbers_have_no_separator():
    assert group_thousands(0) == "0"
    assert group_thousands(999) == "999"


def test_thousands():
    assert format_number(1234) == "1,234"
    assert format_number(1000) == "1,000"


def test_millions():
    assert format_number(1234567) == "1,234,567"


def test_negative_with_decimals():
    assert format_number(-1234.5, 2) == "-1,234.50"


def test_european_style():
    assert format_number(9876543.215, 2, sep=".", point=",") == "9.876.543,22"


def test_parse_grouped_number():
    assert parse_number("12,345.6") == Decimal("12345.6")


def test_parse_rejects_misplaced_separator():
    with pytest.raises(ValueError):
        parse_number("1,23")
