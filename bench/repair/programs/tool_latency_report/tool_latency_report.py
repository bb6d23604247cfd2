"""Per-tool latency of an agent run, from the flat tool_start / tool_end events of its trace."""

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

Event = dict[str, Any]


@dataclass(frozen=True)
class ToolStats:
    calls: int
    failures: int
    p50_ms: float
    p95_ms: float
    max_ms: float


def nearest_rank(values: list[float], percent: float) -> float:
    """Smallest value with at least percent% of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, math.ceil(percent / 100 * len(ordered)))
    return ordered[rank - 1]


def call_durations(events: Iterable[Event]) -> dict[str, list[tuple[float, bool]]]:
    """Per tool, (milliseconds, succeeded) for each finished call, in the order they ended.

    Event timestamps "ts" are epoch seconds. Starts and ends are matched by "call_id", so
    parallel calls of one tool are told apart; a call with no end yet is left out.
    """
    open_calls: dict[str, Event] = {}
    finished: dict[str, list[tuple[float, bool]]] = {}
    for event in sorted(events, key=lambda event: float(event["ts"])):
        call_id = str(event["call_id"])
        if event["type"] == "tool_start":
            open_calls[call_id] = event
        elif event["type"] == "tool_end" and call_id in open_calls:
            start = open_calls.pop(call_id)
            elapsed = round(float(event["ts"]) - float(start["ts"]), 3)
            finished.setdefault(str(start["tool"]), []).append((elapsed, event.get("status") == "ok"))
    return finished


def latency_report(events: Iterable[Event]) -> dict[str, ToolStats]:
    report: dict[str, ToolStats] = {}
    for tool, calls in sorted(call_durations(events).items()):
        millis = [elapsed for elapsed, _ in calls]
        report[tool] = ToolStats(
            calls=len(calls),
            failures=sum(1 for _, ok in calls if not ok),
            p50_ms=nearest_rank(millis, 50),
            p95_ms=nearest_rank(millis, 95),
            max_ms=max(millis),
        )
    return report


def slowest_tool(events: Iterable[Event]) -> str | None:
    """The tool with the highest p95 latency, None when no call finished."""
    report = latency_report(events)
    return max(report, key=lambda tool: report[tool].p95_ms, default=None)
