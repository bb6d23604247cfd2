"""Holt's linear exponential smoothing: a level and a trend, updated per observation."""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class HoltState:
    level: float
    trend: float

    def forecast(self, steps: int = 1) -> float:
        """Value expected `steps` periods after the last observation."""
        return self.level + steps * self.trend


def states(series: Sequence[float], alpha: float, beta: float) -> Iterator[HoltState]:
    """The smoothed state after each observation (the first one seeds level and trend)."""
    if len(series) < 2:
        raise ValueError("need at least two observations to estimate a trend")
    if not (0 < alpha <= 1 and 0 < beta <= 1):
        raise ValueError("alpha and beta must be in (0, 1]")
    level = float(series[0])
    trend = float(series[1] - series[0])
    yield HoltState(level, trend)
    for value in series[1:]:
        level = alpha * value + (1 - alpha) * (level + trend)
        last_level = level
        trend = beta * (level - last_level) + (1 - beta) * trend
        yield HoltState(level, trend)


def fit(series: Sequence[float], alpha: float, beta: float) -> HoltState:
    *_, last = states(series, alpha, beta)
    return last


def forecast(series: Sequence[float], alpha: float, beta: float, horizon: int) -> list[float]:
    """The next `horizon` values after the end of the series."""
    state = fit(series, alpha, beta)
    return [state.forecast(step) for step in range(1, horizon + 1)]


def one_step_errors(series: Sequence[float], alpha: float, beta: float) -> list[float]:
    """series[t] minus the forecast made just before seeing it, for t >= 2."""
    fitted = list(states(series, alpha, beta))
    return [series[t] - fitted[t - 1].forecast() for t in range(2, len(series))]
