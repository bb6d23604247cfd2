"""Buckets timestamped events (epoch seconds) into fixed-width, tumbling time windows."""

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def window_start(timestamp: int, width: int, origin: int = 0) -> int:
    """Start of the window [start, start + width) that holds timestamp.

    Windows are aligned to origin: origin, origin + width, origin - width, ... all start one.
    """
    if width <= 0:
        raise ValueError(f"window width must be positive, got {width}")
    return (timestamp - origin) // width * width


def windows(
    events: Iterable[tuple[int, T]], width: int, origin: int = 0, fill_empty: bool = False
) -> Iterator[tuple[int, list[T]]]:
    """Yields (start, items) per window, oldest first; events must arrive in time order.

    With fill_empty, windows without events between two busy ones are yielded as (start, []).
    """
    current: int | None = None
    items: list[T] = []
    for timestamp, item in events:
        start = window_start(timestamp, width, origin)
        if current is not None and start < current:
            raise ValueError(f"event at {timestamp} arrived after window {current}")
        if current is not None and start != current:
            yield current, items
            items = []
            if fill_empty:
                for empty_start in range(current + width, start, width):
                    yield empty_start, []
        current = start
        items.append(item)
    if current is not None:
        yield current, items


def counts_per_window(timestamps: Iterable[int], width: int, origin: int = 0) -> dict[int, int]:
    """Number of timestamps per window start, in any input order, sorted by start."""
    counts = Counter(window_start(timestamp, width, origin) for timestamp in timestamps)
    return dict(sorted(counts.items()))
