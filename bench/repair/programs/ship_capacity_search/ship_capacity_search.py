"""Smallest belt capacity that ships every parcel within a number of days.

Parcels leave in the order given. Each day the belt carries a contiguous run
of parcels whose total weight must not exceed the capacity.
"""


def days_needed(weights, capacity):
    """Number of days needed to ship ``weights`` in order at ``capacity``."""
    days = 1
    load = 0
    for w in weights:
        if w > capacity:
            raise ValueError(f"parcel of weight {w} exceeds capacity {capacity}")
        if load + w > capacity:
            days += 1
            load += w
        else:
            load += w
    return days


def min_capacity(weights, days):
    """Smallest integer capacity that ships ``weights`` within ``days`` days."""
    if days < 1:
        raise ValueError("days must be positive")
    if not weights:
        return 0
    lo = max(weights)
    hi = sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if days_needed(weights, mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo
