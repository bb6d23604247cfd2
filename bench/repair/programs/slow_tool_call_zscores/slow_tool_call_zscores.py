"""Spot unusually slow tool calls in an agent run log.

Each log event is a dict such as
``{"id": "c7", "tool": "shell", "status": "ok", "duration_ms": 812}``.
A call is slow when its duration's z-score among the finished calls of the
same tool exceeds a threshold.
"""
import statistics
from collections import defaultdict

FINISHED = ("ok", "error")


def zscores(values):
    """Sample z-scores of ``values``; None when they cannot be computed."""
    try:
        mean = statistics.fmean(values)
        spread = statistics.stdev(values)
    except ZeroDivisionError:
        return None
    if spread == 0:
        return None
    return [(v - mean) / spread for v in values]


def slow_calls(events, threshold=2.0):
    """Ids of slow calls, in log order."""
    by_tool = defaultdict(list)
    for position, event in enumerate(events):
        if event.get("status") in FINISHED:
            by_tool[event["tool"]].append((position, event))
    flagged = []
    for calls in by_tool.values():
        scores = zscores([event["duration_ms"] for _, event in calls])
        if scores is None:
            continue
        for (position, event), z in zip(calls, scores):
            if z > threshold:
                flagged.append((position, event["id"]))
    flagged.sort()
    return [call_id for _, call_id in flagged]
