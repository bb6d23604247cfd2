from decimal import Decimal

from progressive_tax import effective_rate, marginal_rate, tax_due


def test_no_income_no_tax():
    assert tax_due(0) == Decimal("0.00")


def test_income_inside_tax_free_band():
    assert tax_due(10_000) == Decimal("0.00")


def test_basic_rate_taxpayer():
    assert tax_due(20_000) == Decimal("1600.00")


def test_top_rate_taxpayer():
    assert tax_due(150_000) == Decimal("51100.00")


def test_marginal_rate():
    assert marginal_rate(5_000) == Decimal("0")
    assert marginal_rate(60_000) == Decimal("0.40")
    assert marginal_rate(500_000) == Decimal("0.45")


def test_effective_rate():
    assert effective_rate(50_000) == Decimal("0.1920")
