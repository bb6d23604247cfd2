"""Best and worst stretches of consecutive days in a profit-and-loss series (Kadane)."""

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    total: int
    start: int
    stop: int  # exclusive

    @property
    def length(self) -> int:
        return self.stop - self.start

    def labels(self, days: Sequence[str]) -> tuple[str, str]:
        return days[self.start], days[self.stop - 1]


def best_run(daily: Sequence[int]) -> Run:
    """The non-empty stretch of consecutive days with the largest total.

    Among stretches with the same total, the one that ends first wins, and the shortest
    of those.
    """
    if not daily:
        raise ValueError("no data")
    best = Run(0, 0, 0)
    running, run_start = 0, 0
    for day, amount in enumerate(daily):
        if running <= 0:
            running, run_start = amount, day
        else:
            running += amount
        if running > best.total:
            best = Run(running, run_start, day + 1)
    return best


def worst_run(daily: Sequence[int]) -> Run:
    flipped = best_run([-amount for amount in daily])
    return Run(-flipped.total, flipped.start, flipped.stop)
