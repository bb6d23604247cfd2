"""Percentiles by linear interpolation between closest ranks (numpy's default method)."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Iterator, Sequence


def percentile(ordered: Sequence[float], q: float) -> float:
    """The q-th percentile (0 <= q <= 100) of values already sorted ascending."""
    if not ordered:
        raise ValueError("percentile of no data")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile out of range: {q}")
    position = len(ordered) * q / 100
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    fraction = position - lower
    return ordered[lower] + (ordered[upper] - ordered[lower]) * fraction


def iter_percentiles(values: Iterable[float], qs: Iterable[float]) -> Iterator[tuple[float, float]]:
    ordered = sorted(values)
    for q in qs:
        yield q, percentile(ordered, q)


def rolling_percentile(stream: Iterable[float], window: int, q: float) -> Iterator[float]:
    """For each new value, the q-th percentile of the last `window` values seen."""
    recent: deque[float] = deque(maxlen=window)
    for value in stream:
        recent.append(value)
        yield percentile(sorted(recent), q)


def latency_summary(samples_ms: Iterable[float]) -> dict[str, float]:
    return {f"p{q:g}": round(value, 3) for q, value in iter_percentiles(samples_ms, (50, 90, 99))}
