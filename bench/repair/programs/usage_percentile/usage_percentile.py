"""Percentile summaries of per-request token usage, for capacity planning.

Percentiles use linear interpolation between closest ranks (the same
definition as numpy's default), so p0 is the minimum and p100 the maximum.
"""
import math


def percentile(values, p):
    """The p-th percentile (0 <= p <= 100) of a non-empty sequence of numbers."""
    if not values:
        raise ValueError("percentile of empty data")
    if not 0 <= p <= 100:
        raise ValueError("p must be between 0 and 100")
    ordered = sorted(values)
    position = len(ordered) * p / 100
    lower = math.floor(position)
    upper = math.ceil(position)
    if lower == upper:
        return ordered[lower]
    fraction = position - lower
    return ordered[lower] + (ordered[upper] - ordered[lower]) * fraction


def summarize(records, field="total_tokens", points=(50, 90, 99)):
    """Per-model {"count", "mean", "p50", ...} of one usage field."""
    by_model = {}
    for record in records:
        by_model.setdefault(record["model"], []).append(record[field])
    summary = {}
    for model, values in sorted(by_model.items()):
        stats = {"count": len(values), "mean": sum(values) / len(values)}
        for p in points:
            stats[f"p{p}"] = percentile(values, p)
        summary[model] = stats
    return summary
