"""Merge the validity windows of rotated API keys.

Each window is a half-open interval ``[start, end)`` during which some key
was valid.  Merging tells when at least one key was usable; the gaps inside
a horizon are outages a caller would have seen.
"""


def merge_windows(windows):
    merged = []
    for start, end in windows:
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(window) for window in merged]


def coverage_gaps(windows, horizon_start, horizon_end):
    """Sub-intervals of ``[horizon_start, horizon_end)`` no window covers."""
    gaps = []
    cursor = horizon_start
    for start, end in merge_windows(windows):
        if end <= cursor:
            continue
        if start >= horizon_end:
            break
        if start > cursor:
            gaps.append((cursor, start))
        cursor = end
    if cursor < horizon_end:
        gaps.append((cursor, horizon_end))
    return gaps


def covered_time(windows):
    return sum(end - start for start, end in merge_windows(windows))
