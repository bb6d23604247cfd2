"""Best-fit-decreasing bin packing."""


def best_fit_decreasing(sizes, capacity):
    """Pack item sizes into bins of `capacity` with the best-fit-decreasing heuristic.

    Items are taken largest first; each goes into the open bin it leaves the least
    room in (the earliest such bin on a tie), or into a new bin when none has room.
    Returns a list of bins, each a list of item sizes, in the order the bins were opened.
    """
    if capacity <= 0:
        raise ValueError("capacity must be positive")
    bins = []
    free = []
    for size in sorted(sizes, reverse=True):
        if size > capacity:
            raise ValueError(f"item {size} does not fit in a bin of {capacity}")
        best = None
        for i, room in enumerate(free):
            if room > size and (best is None or room < free[best]):
                best = i
        if best is None:
            bins.append([size])
            free.append(capacity - size)
        else:
            bins[best].append(size)
            free[best] -= size
    return bins


def bins_needed(sizes, capacity):
    """Number of bins best-fit-decreasing uses for `sizes`."""
    return len(best_fit_decreasing(sizes, capacity))


def wasted_space(sizes, capacity):
    """Total unused capacity over all bins opened."""
    bins = best_fit_decreasing(sizes, capacity)
    return len(bins) * capacity - sum(sum(b) for b in bins)
