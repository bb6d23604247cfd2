"""Coupon stacking at checkout: which coupons a cart can use and what it ends up costing."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Coupon:
    code: str
    kind: str  # "percent" (amount = percent off) or "fixed" (amount = cents off)
    amount: int
    min_subtotal: int = 0  # cents the cart must reach before the coupon applies
    stackable: bool = True


def eligible(coupons: list[Coupon], subtotal: int) -> list[Coupon]:
    """Coupons whose minimum spend the cart subtotal reaches, in the order given."""
    return [coupon for coupon in coupons if subtotal >= coupon.min_subtotal]


def stacked_total(subtotal: int, coupons: list[Coupon]) -> int:
    """Apply the coupons together: percent coupons first, each one on what the previous
    ones left (discounts are rounded down to the cent), then fixed amounts. Never below 0."""
    total = subtotal
    for coupon in sorted(coupons, key=lambda coupon: coupon.kind != "percent"):
        if coupon.kind == "percent":
            total -= subtotal * coupon.amount // 100
        else:
            total -= coupon.amount
    return max(total, 0)


def best_price(subtotal: int, coupons: list[Coupon]) -> tuple[int, list[str]]:
    """Lowest total the customer can reach and the coupon codes that get there.

    All eligible stackable coupons are used together; a non-stackable coupon can only be
    used on its own. On a tie the option with fewer coupons wins.
    """
    usable = eligible(coupons, subtotal)
    stack = [coupon for coupon in usable if coupon.stackable]
    options: list[tuple[int, list[Coupon]]] = [(stacked_total(subtotal, stack), stack)]
    for coupon in usable:
        if not coupon.stackable:
            options.append((stacked_total(subtotal, [coupon]), [coupon]))
    total, chosen = min(options, key=lambda option: (option[0], len(option[1])))
    return total, [coupon.code for coupon in chosen]
