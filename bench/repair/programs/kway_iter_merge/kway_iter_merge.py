"""Lazily merge any number of sorted iterables into one sorted stream."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

_MISSING = object()


def _identity(item: Any) -> Any:
    return item


def kway_merge(
    sources: Iterable[Iterable[T]], key: Callable[[T], Any] = _identity
) -> Iterator[T]:
    """Yield the items of every sorted source in sorted order.

    Sources are read lazily (one item ahead each), so they may be generators or
    endless. Items with equal keys come out in source order.
    """
    heap: list[tuple[Any, int, T, Iterator[T]]] = []
    for index, source in enumerate(sources):
        iterator = iter(source)
        for first in iterator:
            heap.append((key(first), index, first, iterator))
            break
    heapq.heapify(heap)
    while heap:
        _, index, item, iterator = heap[0]
        yield item
        for following in iterator:
            heapq.heapreplace(heap, (key(item), index, following, iterator))
            break
        else:
            heapq.heappop(heap)


def merge_unique(
    sources: Iterable[Iterable[T]], key: Callable[[T], Any] = _identity
) -> Iterator[T]:
    """Like kway_merge, but only the first item of each run of equal keys is kept."""
    previous: Any = _MISSING
    for item in kway_merge(sources, key):
        current = key(item)
        if previous is _MISSING or current != previous:
            yield item
        previous = current
