"""Money in integer cents: parsing, formatting, and splitting by weights."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal


def to_cents(amount: str) -> int:
    """'12.345' -> 1234: rounded half to even, as the ledger rounds."""
    value = Decimal(amount.replace(",", "")).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    return int(value * 100)


def format_cents(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    units, rest = divmod(abs(cents), 100)
    return f"{sign}{units:,}.{rest:02d}"


def allocate(cents: int, weights: Sequence[int]) -> list[int]:
    """Split cents in proportion to weights, losing nothing to rounding.

    Everyone first gets the rounded-down share; the cents left over go one each to
    the largest remainders, and on equal remainders to the earlier party.
    """
    if not weights or min(weights) < 0 or sum(weights) == 0:
        raise ValueError("weights must be non-negative with a positive sum")
    total = sum(weights)
    shares: list[int] = []
    remainders: list[tuple[int, int]] = []
    for index, weight in enumerate(weights):
        share, remainder = divmod(cents * weight, total)
        shares.append(share)
        remainders.append((index, remainder))
    leftover = cents - sum(shares)
    for _, index in sorted(remainders, key=lambda item: (-item[0], item[1]))[:leftover]:
        shares[index] += 1
    return shares


def split_evenly(cents: int, people: int) -> list[int]:
    return allocate(cents, [1] * people)
