"""Maximum and minimum of every full window over a stream, O(1) amortized per reading."""

from collections import deque
from collections.abc import Iterable, Iterator, Sequence


def window_maxima(values: Iterable[float], size: int) -> Iterator[float]:
    """Yields max(values[i - size + 1 : i + 1]) for each i that has a full window behind it."""
    if size < 1:
        raise ValueError("window size must be at least 1")
    candidates: deque[tuple[int, float]] = deque()  # (index, value), values decreasing
    for index, value in enumerate(values):
        while candidates and candidates[-1][1] <= value:
            candidates.pop()
        candidates.append((index, value))
        if candidates[0][0] < index - size:
            candidates.popleft()
        if index >= size:
            yield candidates[0][1]


def window_minima(values: Iterable[float], size: int) -> Iterator[float]:
    return (-peak for peak in window_maxima((-value for value in values), size))


def window_spreads(values: Sequence[float], size: int) -> list[float]:
    """How far a metric swung (max - min) within each full window."""
    maxima = window_maxima(values, size)
    minima = window_minima(values, size)
    return [high - low for high, low in zip(maxima, minima, strict=True)]
