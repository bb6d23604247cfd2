"""Find idle windows on a shared GPU so the scheduler can place batch jobs.

Several agents report their reservations as half-open ``(start, end)``
minute ranges; they may overlap and arrive in any order. Only the part of
the working window ``[day_start, day_end)`` matters.
"""


def busy_ranges(reservations):
    """Flatten ``{agent: [(start, end), ...]}`` into one sorted list."""
    ranges = []
    for agent, spans in reservations.items():
        for start, end in spans:
            if end < start:
                raise ValueError(f"{agent}: reservation ({start}, {end}) is reversed")
            ranges.append((start, end))
    return sorted(ranges)


def idle_windows(reservations, day_start, day_end, min_length=1):
    """Idle ``(start, end)`` windows of at least ``min_length`` minutes."""
    if day_end < day_start:
        raise ValueError("day_end before day_start")
    idle = []
    cursor = day_start
    for start, end in busy_ranges(reservations):
        if end <= day_start and start >= day_end:
            continue
        if start - cursor >= min_length:
            idle.append((cursor, start))
        cursor = max(cursor, end)
    if day_end - cursor >= min_length:
        idle.append((cursor, day_end))
    return idle
