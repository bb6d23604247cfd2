"""Weighted quantiles for latency samples that carry a request count.

Each sample is a ``(value, weight)`` pair, e.g. ``(latency_ms, requests)``
read from a pre-aggregated metrics table.
"""

from __future__ import annotations


def weighted_quantile(samples, q):
    """Return the smallest value whose cumulative weight reaches ``q`` of the total.

    Weights must be non-negative; samples with weight 0 are ignored. ``q`` is
    a fraction in [0, 1]. The input does not need to be sorted.
    """
    if not 0.0 <= q <= 1.0:
        raise ValueError(f"q must be within [0, 1], got {q}")
    pairs = sorted((value, weight) for value, weight in samples if weight > 0)
    if not pairs:
        raise ValueError("no samples with a positive weight")
    total = sum(weight for _, weight in pairs)
    target = q * total
    running = 0
    for value, weight in pairs:
        running += weight
        if running > target:
            return value
    return pairs[-1][0]


def weighted_median(samples):
    """Lower weighted median."""
    return weighted_quantile(samples, 0.5)


def quantile_summary(samples, qs=(0.5, 0.9, 0.99)):
    """Map 'p50', 'p90', ... to the weighted quantile of the samples."""
    samples = list(samples)
    return {f"p{q * 100:g}": weighted_quantile(samples, q) for q in qs}
