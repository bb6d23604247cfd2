"""Increase and per-second rate of a monotonic counter over a time window.

Samples are (timestamp, value) pairs in time order. A drop in value means the process
restarted and the counter began again from zero. ``window_increase`` extrapolates to the
window edges the way Prometheus does: by at most half an average sample gap when the series
starts or ends well inside the window, and never back past the point where the counter
would have been zero.
"""


def raw_increase(samples):
    total = 0.0
    for (_, prev), (_, cur) in zip(samples, samples[1:]):
        if cur < prev:
            total += cur
        else:
            total += cur - prev
    return total


def window_increase(samples, window_start, window_end):
    if len(samples) < 2:
        return 0.0
    first_ts, first_value = samples[0]
    last_ts = samples[-1][0]
    increase = raw_increase(samples)
    sampled = last_ts - first_ts
    if sampled <= 0:
        return 0.0
    average_gap = sampled / (len(samples) - 1)
    threshold = average_gap * 1.1
    to_start = first_ts - window_start
    to_end = window_end - last_ts
    if to_start >= threshold:
        to_start = average_gap / 2
    if to_end >= threshold:
        to_end = average_gap / 2
    if increase > 0 and first_value >= 0:
        to_zero = sampled * (increase / first_value)
        to_start = min(to_start, to_zero)
    return increase * (sampled + to_start + to_end) / sampled


def window_rate(samples, window_start, window_end):
    """Average per-second rate over the window."""
    return window_increase(samples, window_start, window_end) / (window_end - window_start)
