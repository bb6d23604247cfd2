"""Frequent items in one pass with little memory (Misra–Gries), confirmed by a second pass."""

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T", bound=Hashable)


def misra_gries(items: Iterable[T], k: int) -> Counter[T]:
    """A summary of at most k - 1 counters.

    Every item occurring more than n/k times among the n items is in the summary (other
    items may be too), and no counter exceeds its item's true count.
    """
    if k < 2:
        raise ValueError("k must be at least 2")
    counters: Counter[T] = Counter()
    for item in items:
        if item in counters:
            counters[item] += 1
        elif len(counters) < k - 1:
            counters[item] = 1
        else:
            counters.subtract(list(counters))
    return counters


def heavy_hitters(items: Sequence[T], k: int) -> list[T]:
    """Items occurring more than len(items) / k times.

    Most frequent first; items with equal counts in order of first appearance.
    """
    candidates = misra_gries(items, k)
    counts = Counter(item for item in items if item in candidates)
    frequent = [item for item, count in counts.items() if count * k >= len(items)]
    return sorted(frequent, key=lambda item: -counts[item])


def majority(items: Sequence[T]) -> T | None:
    """The item filling more than half of the positions, or None if there is none."""
    winners = heavy_hitters(items, 2)
    return winners[0] if winners else None
