"""Parcel shipping quotes by weight tier and destination zone.

Each tier covers parcels up to and including its weight limit. Domestic
standard orders above the free-shipping threshold ship free; express is
always charged.
"""
import bisect

# (weight limit in grams, price in cents)
WEIGHT_TIERS = [
    (500, 390),
    (2000, 590),
    (5000, 850),
    (10000, 1200),
    (20000, 1800),
]
TIER_LIMITS = [limit for limit, _ in WEIGHT_TIERS]

ZONE_PERCENT = {"domestic": 100, "eu": 160, "world": 240}
EXPRESS_PERCENT = 150
FREE_SHIPPING_FROM = 7500  # order subtotal in cents


class TooHeavy(ValueError):
    """The parcel has to go by freight."""


def tier_price(weight_grams):
    if weight_grams <= 0:
        raise ValueError("weight must be positive")
    index = bisect.bisect_right(TIER_LIMITS, weight_grams)
    if index == len(WEIGHT_TIERS):
        raise TooHeavy(f"{weight_grams} g is over the {TIER_LIMITS[-1]} g parcel limit")
    return WEIGHT_TIERS[index][1]


def quote(weight_grams, subtotal, zone="domestic", express=False):
    """Shipping price in cents for one parcel."""
    if zone not in ZONE_PERCENT:
        raise ValueError(f"unknown zone {zone!r}")
    price = tier_price(weight_grams)
    if zone == "domestic" and not express and subtotal >= FREE_SHIPPING_FROM:
        return 0
    price = price * ZONE_PERCENT[zone] // 100
    if express:
        price = price * EXPRESS_PERCENT // 100
    return price


def quote_order(parcel_weights, subtotal, zone="domestic", express=False):
    """Total for an order split into several parcels."""
    return sum(quote(w, subtotal, zone, express) for w in parcel_weights)
