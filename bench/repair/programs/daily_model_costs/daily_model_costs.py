"""Summarizes LLM spend per model and per UTC day from request usage records."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

# USD per million tokens
PRICES: dict[str, dict[str, float]] = {
    "gpt-4o": {"input": 2.50, "cached": 1.25, "output": 10.00},
    "gpt-4o-mini": {"input": 0.15, "cached": 0.075, "output": 0.60},
    "claude-sonnet": {"input": 3.00, "cached": 0.30, "output": 15.00},
}


def request_cost(model: str, usage: dict[str, int]) -> float:
    price = PRICES[model]
    cached = usage.get("cached_tokens", 0)
    fresh = usage["prompt_tokens"] - cached
    return (
        fresh * price["input"]
        + cached * price["input"]
        + usage["completion_tokens"] * price["output"]
    ) / 1_000_000


def utc_day(timestamp: str) -> str:
    """'2024-05-01T23:30:00-02:00' -> '2024-05-02'."""
    moment = datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).date().isoformat()


@dataclass
class CostSummary:
    per_model: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    per_day: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    skipped: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(self.per_model.values())


def summarize(records: Iterable[dict[str, Any]]) -> CostSummary:
    """Records without usage (failed before billing) or with an unpriced model are skipped."""
    summary = CostSummary()
    for record in records:
        usage = record.get("usage")
        if usage is None:
            summary.skipped.append(record["id"])
            continue
        cost = request_cost(record["model"], usage)
        summary.per_model[record["model"]] += cost
        summary.per_day[utc_day(record["created_at"])] += cost
    return summary
