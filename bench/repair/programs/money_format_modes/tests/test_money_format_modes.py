from decimal import Decimal

import pytest

from money_format_modes import format_money, format_total, round_amount


def test_format_dollars_with_grouping():
    assert format_money("1234.5", "USD") == "$1,234.50"
    assert format_money(1000000, "USD") == "$1,000,000.00"


def test_negative_amounts_put_sign_before_symbol():
    assert format_money("-0.99", "EUR") == "-€0.99"


def test_currencies_without_symbol_or_cents():
    assert format_money("1500", "JPY") == "¥1,500"
    assert format_money("12.3456", "BHD") == "12.346 BHD"


def test_default_is_bankers_rounding():
    assert round_amount("2.665", "USD") == Decimal("2.66")
    assert format_money("0.125", "USD") == "$0.12"


def test_half_up_for_receipts():
    assert format_money("2.665", "USD", "half_up") == "$2.67"


def test_truncating_modes():
    assert format_money("9.999", "USD", "down") == "$9.99"
    assert format_money("9.001", "USD", "ceiling") == "$9.01"


def test_unknown_mode_or_currency():
    with pytest.raises(ValueError):
        format_money("1", "USD", "nearest")
    with pytest.raises(ValueError):
        format_money("1", "XYZ")


def test_total_rounds_once():
    assert format_total(["0.004", "0.004", "0.004"], "USD") == "$0.01"
