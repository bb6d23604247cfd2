"""Rolling-window statistics over a numeric column.

Every function returns a list the same length as ``values``.  Position ``i``
holds the statistic of the window of at most ``window`` values ending at
``i``, or ``None`` while that window holds fewer than ``min_periods`` values
(``min_periods`` defaults to the full window size).
"""


def _windows(values, window, min_periods):
    if window < 1:
        raise ValueError("window must be at least 1")
    if min_periods is None:
        min_periods = window
    if not 1 <= min_periods <= window:
        raise ValueError("min_periods must be between 1 and window")
    for i in range(len(values)):
        chunk = values[max(0, i - window):i + 1]
        yield chunk if len(chunk) >= min_periods else None


def rolling_sum(values, window, min_periods=None):
    return [None if c is None else sum(c) for c in _windows(values, window, min_periods)]


def rolling_mean(values, window, min_periods=None):
    return [None if c is None else sum(c) / len(c)
            for c in _windows(values, window, min_periods)]


def rolling_max(values, window, min_periods=None):
    return [None if c is None else max(c) for c in _windows(values, window, min_periods)]


def running_total(values):
    """Cumulative sum: the rolling sum over a window that never closes."""
    out, total = [], 0
    for v in values:
        total += v
        out.append(total)
    return out
