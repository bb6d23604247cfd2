"""Forecast an agent's model spend from its run log.

Each record is a dict like {"ts": "2024-05-01T13:20:00", "cost_usd": 0.42}.
Costs are bucketed per hour, smoothed exponentially and projected forward.
"""

from datetime import datetime


def hourly_spend(records, start=None):
    """Hourly cost totals from `start` (default: the hour of the first record)."""
    parsed = [(datetime.fromisoformat(r["ts"]), float(r["cost_usd"])) for r in records]
    if not parsed:
        return []
    if start is None:
        start = min(ts for ts, _ in parsed).replace(minute=0, second=0, microsecond=0)
    buckets = []
    for ts, cost in parsed:
        if ts < start:
            continue
        hour = int((ts - start).seconds // 3600)
        while len(buckets) <= hour:
            buckets.append(0.0)
        buckets[hour] += cost
    return buckets


def smoothed_rate(series, alpha=0.5):
    """Exponentially smoothed value of the series, seeded with its first element."""
    if not series:
        return 0.0
    level = series[0]
    for x in series[1:]:
        level = alpha * x + (1 - alpha) * level
    return level


def forecast(records, hours_ahead, alpha=0.5, budget_usd=None):
    rate = smoothed_rate(hourly_spend(records), alpha)
    projected = rate * hours_ahead
    return {
        "rate_per_hour": round(rate, 4),
        "projected_usd": round(projected, 2),
        "over_budget": budget_usd is not None and projected > budget_usd,
    }
