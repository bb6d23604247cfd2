"""Per-model token usage percentiles for the run dashboard.

Usage records look like
``{"model": "small-2", "prompt_tokens": 812, "completion_tokens": 64}``.
Percentiles interpolate between observed totals, so they never fall outside
the smallest and largest request of a model.
"""
import statistics

DEFAULT_POINTS = (50, 90, 99)


def totals_for(records, model):
    return [r["prompt_tokens"] + r["completion_tokens"] for r in records if r["model"] == model]


def usage_percentiles(records, model, points=DEFAULT_POINTS):
    """Map each requested percentile (1-99) to a token count for ``model``."""
    totals = totals_for(records, model)
    if not totals:
        return {}
    if len(totals) == 1:
        return {p: float(totals[0]) for p in points}
    cuts = statistics.quantiles(totals, n=100)
    return {p: cuts[p - 1] for p in points}


def dashboard_rows(records, points=DEFAULT_POINTS):
    """One row per model, sorted by name: ``(model, requests, {p: tokens})``."""
    models = sorted({r["model"] for r in records})
    return [
        (model, len(totals_for(records, model)), usage_percentiles(records, model, points))
        for model in models
    ]
