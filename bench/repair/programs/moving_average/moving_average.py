"""Trailing-window statistics over a series of measurements."""

from collections.abc import Sequence


def _windows(values: Sequence[float], window: int, partial: bool) -> list[Sequence[float]]:
    """The trailing window ending at each position.

    With partial=True the first positions get the shorter windows available so far;
    otherwise positions without a full window are skipped.
    """
    if window < 1:
        raise ValueError("window must be at least 1")
    chunks = []
    for end in range(len(values)):
        start = end - window + 1
        if start < 0 and not partial:
            continue
        chunks.append(values[start:end + 1])
    return chunks


def moving_average(values: Sequence[float], window: int, partial: bool = False) -> list[float]:
    return [sum(chunk) / len(chunk) for chunk in _windows(values, window, partial)]


def moving_max(values: Sequence[float], window: int, partial: bool = False) -> list[float]:
    return [max(chunk) for chunk in _windows(values, window, partial)]


def exponential_average(values: Sequence[float], alpha: float) -> list[float]:
    """Exponentially weighted average, seeded with the first value."""
    if not 0 < alpha <= 1:
        raise ValueError("alpha must be in (0, 1]")
    averages: list[float] = []
    for value in values:
        previous = averages[-1] if averages else value
        averages.append(alpha * value + (1 - alpha) * previous)
    return averages
