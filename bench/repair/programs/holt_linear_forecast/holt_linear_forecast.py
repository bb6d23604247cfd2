"""Holt's linear (double) exponential smoothing for short trending series."""


def holt_smooth(series, alpha, beta):
    """Return ``(levels, trends)``, one entry per observation.

    The level starts at the first observation and the trend at the first
    difference, so the series needs at least two points.
    """
    if not (0 < alpha <= 1 and 0 < beta <= 1):
        raise ValueError("alpha and beta must be in (0, 1]")
    if len(series) < 2:
        raise ValueError("need at least two observations")
    level = float(series[0])
    trend = float(series[1] - series[0])
    levels = [level]
    trends = [trend]
    for value in series[1:]:
        level = alpha * value + (1 - alpha) * (level + trend)
        prev_level = level
        trend = beta * (level - prev_level) + (1 - beta) * trend
        levels.append(level)
        trends.append(trend)
    return levels, trends


def holt_forecast(series, alpha, beta, horizon):
    """Forecast ``horizon`` steps past the end of ``series``."""
    if horizon < 1:
        raise ValueError("horizon must be at least 1")
    levels, trends = holt_smooth(series, alpha, beta)
    level, trend = levels[-1], trends[-1]
    return [level + h * trend for h in range(1, horizon + 1)]


def sse(series, alpha, beta):
    """Sum of squared one-step-ahead errors, for picking alpha and beta."""
    levels, trends = holt_smooth(series, alpha, beta)
    total = 0.0
    for t in range(1, len(series)):
        predicted = levels[t - 1] + trends[t - 1]
        total += (series[t] - predicted) ** 2
    return total
