from decimal import Decimal

import pytest

from vat_region_rounding import invoice_totals, line_amounts, round_cents, vat_rate


@pytest.mark.parametrize("raw, expected", [
    ("0.125", "0.13"),
    ("2.345", "2.35"),
    ("0.005", "0.01"),
    ("7.665", "7.67"),
    ("1.994", "1.99"),
    ("-0.125", "-0.13"),
])
def test_round_cents_half_up(raw, expected):
    assert round_cents(Decimal(raw)) == Decimal(expected)


def test_net_of_half_cent_unit_price_rounds_up():
    net, vat = line_amounts("2.345", 1, "DE")
    assert net == Decimal("2.35")
    assert vat == Decimal("0.45")


def test_reduced_ireland_half_cent():
    # 13.5% of 3.00 is 0.405
    assert line_amounts("3.00", 1, "ie", reduced=True) == (Decimal("3.00"), Decimal("0.41"))


def test_netherlands_half_cent():
    # 21% of 0.50 is 0.105
    assert line_amounts("0.50", 1, "NL")[1] == Decimal("0.11")


def test_decimal_and_int_inputs():
    assert line_amounts(Decimal("5"), 2, "FR") == (Decimal("10.00"), Decimal("2.00"))
    assert line_amounts(5, 2, "FR") == (Decimal("10.00"), Decimal("2.00"))


def test_zero_quantity_line():
    assert line_amounts("9.99", 0, "DE") == (Decimal("0.00"), Decimal("0.00"))


def test_negative_quantity_rejected():
    with pytest.raises(ValueError):
        line_amounts("1.00", -1, "DE")


def test_unknown_reduced_region_raises():
    with pytest.raises(ValueError):
        vat_rate("US", reduced=True)


def test_invoice_with_half_cents_everywhere():
    lines = [("0.125", 1, False), ("1.50", 1, False), ("3.00", 1, True)]
    totals = invoice_totals(lines, "DE")
    # nets 0.13 + 1.50 + 3.00, vats 0.02 (0.0247) + 0.29 (0.285) + 0.21
    assert totals["net"] == Decimal("4.63")
    assert totals["vat"] == Decimal("0.52")
    assert totals["gross"] == Decimal("5.15")


def test_empty_invoice():
    assert invoice_totals([], "FR") == {"net": Decimal("0"), "vat": Decimal("0"), "gross": Decimal("0")}
