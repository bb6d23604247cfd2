import random
from decimal import Decimal

import pytest

from digit_grouping import format_number, group_thousands, parse_number


def test_grouping_matches_builtin_format():
    rng = random.Random(2)
    values = [0, 7, 999, 1000, 1001, 999999, 1000000, 10**12, 10**15 + 1]
    values += [rng.randrange(10 ** rng.randint(1, 18)) for _ in range(200)]
    for value in values:
        assert group_thousands(value) == f"{value:,}"


def test_custom_separator():
    assert group_thousands(1002003004, sep=" ") == "1 002 003 004"
    assert group_thousands(1002003004, sep="_") == "1_002_003_004"


def test_rounding_and_padding():
    assert format_number("1999999.995", 2) == "2,000,000.00"
    assert format_number(1234567.8) == "1,234,568"
    assert format_number(-0.4) == "0"
    assert format_number(5, 3) == "5.000"


def test_round_trip():
    rng = random.Random(9)
    for _ in range(200):
        value = Decimal(rng.randrange(-10**13, 10**13)).scaleb(-2)
        assert parse_number(format_number(value, 2)) == value
        text = format_number(value, 2, sep=".", point=",")
        assert parse_number(text, sep=".", point=",") == value


def test_parse_accepts_ungrouped_and_rejects_bad_groups():
    assert parse_number("-1234567") == Decimal(-1234567)
    assert parse_number("12,345,678") == Decimal(12345678)
    for bad in ("1,2345", ",123", "12,34,567", "1.2.3", ""):
        with pytest.raises(ValueError):
            parse_number(bad)
