"""VAT for invoice lines, by customer region.

Amounts are handled as Decimal and every line is rounded to whole cents
before it is added up, so the invoice total equals the sum of what is
printed on the lines.
"""
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

STANDARD_RATES = {
    "DE": Decimal("0.19"),
    "FR": Decimal("0.20"),
    "GB": Decimal("0.20"),
    "IE": Decimal("0.23"),
    "NL": Decimal("0.21"),
}

REDUCED_RATES = {
    "DE": Decimal("0.07"),
    "FR": Decimal("0.055"),
    "GB": Decimal("0.05"),
    "IE": Decimal("0.135"),
    "NL": Decimal("0.09"),
}


def to_money(value):
    """Accept str, int or Decimal amounts (floats go through str first)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def round_cents(amount):
    return amount.quantize(CENT)


def vat_rate(region, reduced=False):
    table = REDUCED_RATES if reduced else STANDARD_RATES
    try:
        return table[region.strip().upper()]
    except KeyError:
        raise ValueError(f"no VAT rate for region {region!r}") from None


def line_amounts(unit_price, quantity, region, reduced=False):
    """Return (net, vat) for one invoice line, each rounded to cents."""
    if quantity < 0:
        raise ValueError("quantity must not be negative")
    net = round_cents(to_money(unit_price) * quantity)
    vat = round_cents(net * vat_rate(region, reduced))
    return net, vat


def invoice_totals(lines, region):
    """lines: iterable of (unit_price, quantity, reduced) tuples."""
    net_total = Decimal("0.00")
    vat_total = Decimal("0.00")
    for unit_price, quantity, reduced in lines:
        net, vat = line_amounts(unit_price, quantity, region, reduced)
        net_total += net
        vat_total += vat
    return {"net": net_total, "vat": vat_total, "gross": net_total + vat_total}
