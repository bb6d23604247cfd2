"""Least daily capacity that ships parcels, in their given order, within a number of days."""

from collections.abc import Sequence


def days_needed(weights: Sequence[int], capacity: int) -> int:
    """Days used when each day is filled greedily until the next parcel does not fit."""
    breaks = 0
    load = 0
    for weight in weights:
        if load + weight > capacity:
            breaks += 1
        load += weight
    return breaks


def min_capacity(weights: Sequence[int], days: int) -> int:
    if days < 1:
        raise ValueError("need at least one day")
    if not weights:
        return 0
    low, high = max(weights), sum(weights)
    while low < high:
        middle = (low + high) // 2
        if days_needed(weights, middle) <= days:
            high = middle
        else:
            low = middle + 1
    return low


def schedule(weights: Sequence[int], days: int) -> list[list[int]]:
    """The parcels of each day at the least capacity (may use fewer days than allowed)."""
    capacity = min_capacity(weights, days)
    plan: list[list[int]] = []
    for weight in weights:
        if not plan or sum(plan[-1]) + weight > capacity:
            plan.append([])
        plan[-1].append(weight)
    return plan
