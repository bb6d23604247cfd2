"""Lazily merge already-sorted streams (log files, paginated API results) using a heap."""

import heapq
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
_END: Any = object()


def _identity(item: Any) -> Any:
    return item


def merge_sorted_streams(
    streams: Iterable[Iterable[T]], key: Callable[[T], Any] | None = None
) -> Iterator[T]:
    """Yield the items of all sorted streams in sorted order; ties keep stream order."""
    sort_key = key or _identity
    iterators = [iter(stream) for stream in streams]
    heap: list[tuple[Any, int, Any]] = []
    for index, iterator in enumerate(iterators):
        first = next(iterator, _END)
        if first is not _END:
            heap.append((sort_key(first), index, first))
    heapq.heapify(heap)
    while heap:
        _, index, item = heapq.heappop(heap)
        yield item
        following = next(iterators[index], _END)
        if following is not _END:
            heapq.heappush(heap, (sort_key(item), index, following))


def unique_sorted(items: Iterable[T], key: Callable[[T], Any] | None = None) -> Iterator[T]:
    """Drop items whose key equals the previous item's key (the first one is kept)."""
    sort_key = key or _identity
    previous: Any = _END
    for item in items:
        current = sort_key(item)
        if previous is _END or current != previous:
            yield item
        previous = current


def merge_unique(streams: Iterable[Iterable[T]], key: Callable[[T], Any] | None = None) -> list[T]:
    return list(unique_sorted(merge_sorted_streams(streams, key), key))
