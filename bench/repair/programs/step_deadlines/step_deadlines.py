"""Deadlines for agent steps: read each step's deadline spec and decide which to cancel."""

from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

DeadlineParser = Callable[[Any, datetime], datetime]


def _relative(value: Any, now: datetime) -> datetime:
    return now + timedelta(seconds=float(value))


def _absolute(value: Any, now: datetime) -> datetime:
    moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _epoch(value: Any, now: datetime) -> datetime:
    return datetime.fromtimestamp(float(value))


PARSERS: dict[str, DeadlineParser] = {"in": _relative, "at": _absolute, "epoch": _epoch}


def deadline_for(spec: Mapping[str, Any], now: datetime) -> datetime | None:
    """Spec examples: {"in": 30}, {"at": "2024-05-01T12:00:00Z"}, {"epoch": 1714564800}."""
    keys = [key for key in spec if key in PARSERS]
    if not keys:
        return None
    if len(keys) > 1:
        raise ValueError(f"conflicting deadline keys: {', '.join(keys)}")
    return PARSERS[keys[0]](spec[keys[0]], now)


def seconds_left(spec: Mapping[str, Any], now: datetime) -> float | None:
    """Seconds until the deadline (0.0 once it has passed); None when there is no deadline."""
    deadline = deadline_for(spec, now)
    if deadline is None:
        return None
    return max(0.0, (deadline - now).total_seconds())


def steps_to_cancel(steps: Mapping[str, Mapping[str, Any]], now: datetime) -> list[str]:
    """Names of the steps whose deadline has passed, sorted."""
    return sorted(name for name, spec in steps.items() if seconds_left(spec, now) == 0.0)
