"""Weighted interval scheduling: pick non-overlapping jobs with the largest total value."""

import bisect


def best_schedule(jobs):
    """Return (total_value, chosen) for ``jobs`` given as (start, end, value) tuples.

    A job occupies the half-open span [start, end), so one job may start at
    the exact moment another ends. ``chosen`` is sorted by end time.
    """
    ordered = sorted(jobs, key=lambda job: job[1])
    ends = [job[1] for job in ordered]
    n = len(ordered)
    best = [0] * (n + 1)      # best[i]: best value using the first i jobs
    take = [False] * (n + 1)
    prev = [0] * (n + 1)      # prev[i]: how many earlier jobs fit before job i
    for i, (start, _end, value) in enumerate(ordered, 1):
        p = bisect.bisect_left(ends, start, 0, i - 1)
        prev[i] = p
        if best[p] + value > best[i - 1]:
            best[i] = best[p] + value
            take[i] = True
        else:
            best[i] = best[i - 1]
    chosen = []
    i = n
    while i > 0:
        if take[i]:
            chosen.append(ordered[i - 1])
            i = prev[i]
        else:
            i -= 1
    return best[n], chosen[::-1]


def busy_time(schedule):
    """Total length of the jobs in a schedule."""
    return sum(end - start for start, end, _ in schedule)
