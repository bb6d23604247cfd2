from decimal import Decimal

import pytest

from money_format_modes import format_money, format_total, round_amount


@pytest.mark.parametrize("amount, mode, expected", [
    ("1.005", "half_even", "1.00"),
    ("1.015", "half_even", "1.02"),
    ("1.005", "half_up", "1.01"),
    ("-1.005", "half_up", "-1.01"),
    ("1.009", "down", "1.00"),
    ("-1.009", "down", "-1.00"),
    ("1.001", "floor", "1.00"),
    ("-1.001", "floor", "-1.01"),
    ("1.001", "ceiling", "1.01"),
    ("-1.009", "ceiling", "-1.00"),
])
def test_rounding_modes_in_cents(amount, mode, expected):
    assert round_amount(amount, "USD", mode) == Decimal(expected)


def test_modes_on_whole_yen():
    assert format_money("1500.5", "JPY") == "¥1,500"
    assert format_money("1501.5", "JPY") == "¥1,502"
    assert format_money("1500.5", "JPY", "half_up") == "¥1,501"
    assert format_money("1500.01", "JPY", "ceiling") == "¥1,501"
    assert format_money("-1500.01", "JPY", "floor") == "-¥1,501"


def test_modes_on_three_digit_currencies():
    assert format_money("0.0005", "KWD", "half_up") == "0.001 KWD"
    assert format_money("0.0005", "KWD") == "0.000 KWD"
    assert format_money("1234.5678", "BHD", "down") == "1,234.567 BHD"


def test_negative_receipt_amounts():
    assert format_money("-2.665", "GBP", "half_up") == "-£2.67"
    assert format_money("-2.665", "GBP") == "-£2.66"
    assert format_money("-0.004", "USD", "half_up") == "$0.00"


def test_total_with_mode():
    assert format_total(["10.005", "20.000"], "USD", "half_up") == "$30.01"
    assert format_total(["10.005", "20.000"], "USD") == "$30.00"
    assert format_total(["19.999", "0.001"], "CHF", "down") == "20.00 CHF"
    assert format_total([], "EUR") == "€0.00"


def test_round_amount_default_still_bankers():
    assert round_amount("0.115", "USD") == Decimal("0.12")
    assert round_amount("0.125", "USD") == Decimal("0.12")
