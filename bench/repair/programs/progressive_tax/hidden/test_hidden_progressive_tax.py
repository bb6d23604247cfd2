from decimal import Decimal

import pytest

from progressive_tax import BANDS, Bracket, effective_rate, marginal_rate, tax_due


@pytest.mark.parametrize(
    ("income", "expected"),
    [
        (12_000, "0.00"),
        (12_001, "0.20"),
        (25_000, "2600.00"),
        (39_999, "5599.80"),
        (40_000, "5600.00"),
        (40_001, "5600.40"),
        (100_000, "29600.00"),
        (120_000, "37600.00"),
        (200_000, "73600.00"),
    ],
)
def test_default_bands(income, expected):
    assert tax_due(income) == Decimal(expected)


def test_two_band_schedule():
    bands = [Bracket(0, 10_000, Decimal("0.10")), Bracket(10_000, None, Decimal("0.30"))]
    assert tax_due(5_555, bands) == Decimal("555.50")
    assert tax_due(10_000, bands) == Decimal("1000.00")
    assert tax_due(12_345, bands) == Decimal("1703.50")


def test_rounds_half_up_to_the_cent():
    bands = [Bracket(0, 100, Decimal("0.125")), Bracket(100, None, Decimal("0.5"))]
    assert tax_due(1, bands) == Decimal("0.13")
    assert tax_due(3, bands) == Decimal("0.38")
    assert tax_due(101, bands) == Decimal("13.00")


def test_marginal_rate_at_band_edges():
    assert marginal_rate(11_999) == Decimal("0")
    assert marginal_rate(12_000) == Decimal("0.20")
    assert marginal_rate(119_999) == Decimal("0.40")
    assert marginal_rate(120_000) == Decimal("0.45")


def test_effective_rates():
    assert effective_rate(0) == Decimal("0")
    assert effective_rate(20_000) == Decimal("0.0800")
    assert effective_rate(100_000, BANDS) == Decimal("0.2960")


def test_tax_never_exceeds_top_rate_share():
    for income in range(0, 300_001, 7_919):
        assert tax_due(income) <= Decimal(income) * Decimal("0.45")
