"""Roll LLM usage events up into per-day, per-model report rows.

Events look like {"ts": "2024-05-01T13:22:05Z", "model": "gpt-4o",
"input_tokens": 812, "output_tokens": 96, "cost_usd": 0.00299}.
"""


def _new_row(day, model):
    return {"day": day, "model": model, "calls": 0,
            "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0}


def rollup(events):
    """Return rows grouped by (UTC day, model), sorted by day then model."""
    groups = {}
    for event in events:
        day = event["ts"][:10]
        key = (day, event["model"])
        if key not in groups:
            groups[key] = _new_row(day, event["model"])
        row = groups[key]
        row["calls"] += 1
        row["input_tokens"] += event.get("input_tokens", 0)
        row["output_tokens"] += event.get("completion_tokens", 0)
        row["cost_usd"] += event.get("cost_usd", 0.0)
    rows = sorted(groups.values(), key=lambda r: (r["day"], r["model"]))
    for row in rows:
        row["cost_usd"] = round(row["cost_usd"], 6)
    return rows


def daily_totals(rows):
    """Collapse rollup rows into {day: {"calls", "tokens", "cost_usd"}}."""
    totals = {}
    for row in rows:
        day = totals.setdefault(row["day"], {"calls": 0, "tokens": 0, "cost_usd": 0.0})
        day["calls"] += row["calls"]
        day["tokens"] += row["input_tokens"] + row["output_tokens"]
        day["cost_usd"] = row["cost_usd"]
    for day in totals.values():
        day["cost_usd"] = round(day["cost_usd"], 6)
    return totals


def top_models(rows, n=3):
    """Names of the n models with the highest spend, most expensive first."""
    spend = {}
    for row in rows:
        spend[row["model"]] = spend.get(row["model"], 0.0) + row["cost_usd"]
    return sorted(spend, key=lambda m: (-spend[m], m))[:n]
