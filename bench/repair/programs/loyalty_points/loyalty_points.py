"""Loyalty points: every award is a lot with its own expiry date, and spending uses up the
points closest to expiring first, so the customer loses as few as possible."""

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass
class Lot:
    earned_on: date
    expires_on: date  # first day the points can no longer be used
    remaining: int


class PointsAccount:
    def __init__(self) -> None:
        self.lots: list[Lot] = []

    def earn(self, points: int, on: date, valid_days: int = 365) -> None:
        self.lots.append(Lot(on, on + timedelta(days=valid_days), points))

    def balance(self, today: date) -> int:
        return sum(lot.remaining for lot in self.lots if lot.expires_on > today)

    def redeem(self, points: int, today: date) -> None:
        if points <= 0:
            raise ValueError("redeem a positive number of points")
        if points > self.balance(today):
            raise ValueError(f"only {self.balance(today)} points available")
        for lot in sorted(self.lots, key=lambda lot: lot.earned_on):
            if lot.remaining == 0:
                continue
            take = min(lot.remaining, points)
            lot.remaining -= take
            points -= take
            if points == 0:
                break

    def expiring(self, today: date, within_days: int) -> int:
        """Points that will be lost in the next within_days days unless spent."""
        horizon = today + timedelta(days=within_days)
        return sum(lot.remaining for lot in self.lots if today < lot.expires_on <= horizon)

    def statement(self, today: date) -> list[tuple[date, int]]:
        """(expiry date, points) for each usable lot, soonest expiry first."""
        usable = [lot for lot in self.lots if lot.expires_on > today and lot.remaining]
        return [(lot.expires_on, lot.remaining) for lot in sorted(usable, key=lambda lot: lot.expires_on)]
