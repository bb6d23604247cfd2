"""Sliding-window message counts for spotting bursts in a chat session.

For a sorted list of message timestamps (seconds), the window of a message
at time t covers the half-open interval (t - width, t]: messages exactly
`width` seconds older no longer count.  Runs in linear time with two
pointers.
"""


def window_counts(timestamps, width):
    """For each message, how many messages (itself included) fall in its window."""
    if width <= 0:
        raise ValueError("width must be positive")
    counts = []
    start = 0
    for end, t in enumerate(timestamps):
        while timestamps[start] <= t - width:
            start += 1
        counts.append(end - start)
    return counts


def max_burst(timestamps, width):
    """Largest number of messages seen inside any single window."""
    return max(window_counts(timestamps, width), default=0)


def first_over_limit(timestamps, width, limit):
    """Index of the first message that pushes its window above `limit`, or None."""
    for index, count in enumerate(window_counts(timestamps, width)):
        if count > limit:
            return index
    return None


def throttled(timestamps, width, limit):
    """Indices of all messages that would have been rejected by a rate limit.

    Rejected messages do not count towards later windows.
    """
    accepted = []
    rejected = []
    for index, t in enumerate(timestamps):
        recent = [a for a in accepted if a > t - width]
        if len(recent) >= limit:
            rejected.append(index)
        else:
            accepted.append(t)
    return rejected
