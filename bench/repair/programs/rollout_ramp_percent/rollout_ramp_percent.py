"""Percentage rollouts that ramp up over time.

A schedule is a list of (timestamp, percent) steps sorted by time, e.g. "5% on Monday,
25% on Wednesday, 100% next week". Between two steps the rollout percentage moves
linearly; before the first step nothing is rolled out, and after the last step the last
percentage holds.
"""

from bisect import bisect_right


def validate_schedule(schedule):
    """Raise ValueError unless times strictly increase and percents lie in 0..100."""
    for (t0, _), (t1, _) in zip(schedule, schedule[1:]):
        if t1 <= t0:
            raise ValueError(f"schedule times must increase: {t0} then {t1}")
    for _, percent in schedule:
        if not 0 <= percent <= 100:
            raise ValueError(f"percent out of range: {percent}")


def rollout_percent(schedule, now):
    """Rollout percentage in effect at time `now`."""
    if not schedule or now < schedule[0][0]:
        return 0.0
    times = [t for t, _ in schedule]
    index = bisect_right(times, now)
    if index == len(schedule):
        return float(schedule[-1][1])
    (t0, p0), (t1, p1) = schedule[index - 1], schedule[index]
    return p0 + (p1 - p0) * (now - t0) / t1


def in_rollout(bucket, schedule, now, buckets=100):
    """True if a user whose stable bucket is `bucket` (0 <= bucket < buckets) is in."""
    return bucket < rollout_percent(schedule, now) * buckets / 100
