"""Discount code stacking for the checkout page.

Rules agreed with marketing:
  * a code counts once per order, whatever its letter case;
  * a code only applies when the subtotal reaches its minimum spend;
  * if any usable code is exclusive, only the single best code applies;
  * otherwise percentage codes apply first, then fixed amounts, and the
    total never drops below zero.
All amounts are integer cents.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Coupon:
    code: str
    kind: str  # "percent" or "fixed"
    value: int  # percentage points, or cents
    min_subtotal: int = 0
    exclusive: bool = False


def discount_for(coupon, amount):
    if coupon.kind == "percent":
        return amount * coupon.value // 100
    if coupon.kind == "fixed":
        return min(coupon.value, amount)
    raise ValueError(f"unknown coupon kind {coupon.kind!r}")


def usable_coupons(coupons, subtotal):
    seen = set()
    usable = []
    for coupon in coupons:
        key = coupon.code.strip().upper()
        if key in seen and subtotal < coupon.min_subtotal:
            continue
        seen.add(key)
        usable.append(coupon)
    return usable


def apply_coupons(subtotal, coupons):
    """Return (total in cents, list of applied codes in the order applied)."""
    usable = usable_coupons(coupons, subtotal)
    if any(c.exclusive for c in usable):
        best = max(usable, key=lambda c: discount_for(c, subtotal))
        return subtotal - discount_for(best, subtotal), [best.code]
    ordered = sorted(usable, key=lambda c: c.kind != "percent")
    total = subtotal
    applied = []
    for coupon in ordered:
        total -= discount_for(coupon, total)
        applied.append(coupon.code)
    return max(total, 0), applied
