from decimal import Decimal

import pytest

from vat_region_rounding import invoice_totals, line_amounts, vat_rate


def test_standard_rate_germany():
    assert line_amounts("10.00", 1, "DE") == (Decimal("10.00"), Decimal("1.90"))


def test_reduced_rate_france():
    net, vat = line_amounts("4.00", 3, "FR", reduced=True)
    assert net == Decimal("12.00")
    assert vat == Decimal("0.66")


def test_half_cent_of_vat_rounds_up():
    # 19% of 1.50 is 0.285
    assert line_amounts("1.50", 1, "DE")[1] == Decimal("0.29")


def test_region_code_is_normalised():
    assert vat_rate(" nl ") == Decimal("0.21")


def test_unknown_region_raises():
    with pytest.raises(ValueError):
        line_amounts("1.00", 1, "XX")


def test_invoice_totals_add_rounded_lines():
    totals = invoice_totals([("19.99", 2, False), ("3.20", 1, True)], "GB")
    assert totals["net"] == Decimal("43.18")
    assert totals["vat"] == Decimal("8.16")
    assert totals["gross"] == Decimal("51.34")
