"""Equal-width histograms over a fixed or data-derived range."""


def bin_edges(lo, hi, bins):
    """``bins + 1`` edges from ``lo`` to ``hi``; the last edge is exactly ``hi``."""
    width = (hi - lo) / bins
    return [lo + i * width for i in range(bins)] + [hi]


def histogram(values, bins=10, value_range=None):
    """Count ``values`` into ``bins`` equal-width bins.

    Every bin is half-open ``[left, right)`` except the last, which also holds
    its right edge. Values outside ``value_range`` are ignored. Returns
    ``(edges, counts)``.
    """
    if bins < 1:
        raise ValueError("bins must be at least 1")
    if value_range is None:
        if not values:
            raise ValueError("cannot derive a range from no values")
        lo, hi = min(values), max(values)
    else:
        lo, hi = value_range
        if lo > hi:
            raise ValueError("range is reversed")
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    width = (hi - lo) / bins
    counts = [0] * bins
    for v in values:
        if v < lo or v >= hi:
            continue
        index = int((v - lo) / width)
        if index >= bins:
            index = bins - 1
        counts[index] += 1
    return bin_edges(lo, hi, bins), counts


def cumulative(counts):
    """Running totals of ``counts``."""
    total = 0
    out = []
    for c in counts:
        total += c
        out.append(total)
    return out
