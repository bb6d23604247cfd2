"""Sliding-window extremes with monotonic deques."""

from collections import deque


def sliding_maxima(values: list[int], width: int) -> list[int]:
    """Maximum of every window of `width` consecutive values."""
    if width <= 0:
        raise ValueError("width must be positive")
    window: deque[int] = deque()  # indices; their values decrease from front to back
    maxima: list[int] = []
    for index, value in enumerate(values):
        while window and values[window[-1]] <= value:
            window.pop()
        window.append(index)
        if window[0] <= index - width:
            window.popleft()
        if index >= width - 1:
            maxima.append(values[window[0]])
    return maxima


def longest_bounded_run(readings: list[float], tolerance: float) -> tuple[int, int]:
    """(start, length) of the longest contiguous run whose max - min stays within tolerance.

    The earliest such run wins a tie; no readings give (0, 0).
    """
    highs: deque[int] = deque()
    lows: deque[int] = deque()
    best_start, best_length = 0, 0
    left = 0
    for right, value in enumerate(readings):
        while highs and readings[highs[-1]] <= value:
            highs.pop()
        highs.append(right)
        while lows and readings[lows[-1]] >= value:
            lows.pop()
        lows.append(right)
        while readings[highs[0]] - readings[lows[0]] > tolerance:
            left += 1
            if highs[0] < left:
                highs.popleft()
            if lows[0] < left:
                lows.popleft()
        length = right - left
        if length > best_length:
            best_start, best_length = left, length
    return best_start, best_length
