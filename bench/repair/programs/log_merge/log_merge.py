"""Merges per-host log streams, each already in time order, into one ordered stream."""

import heapq
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    host: str
    text: str


def merge_logs(*streams: Iterable[LogEntry]) -> Iterator[LogEntry]:
    """Entries of all streams by time; on equal times, earlier streams come first."""
    heap: list[tuple[datetime, int, LogEntry, Iterator[LogEntry]]] = []
    for position, stream in enumerate(streams):
        iterator = iter(stream)
        first = next(iterator, None)
        if first is not None:
            heap.append((first.at, position, first, iterator))
    while heap:
        _, position, entry, iterator = heap[0]
        yield entry
        following = next(iterator, None)
        if following is None:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (following.at, position, following, iterator))


def between(entries: Iterable[LogEntry], start: datetime, end: datetime) -> Iterator[LogEntry]:
    """Entries with start <= at < end from a time-ordered stream; stops reading at end."""
    for entry in entries:
        if entry.at >= end:
            return
        if entry.at >= start:
            yield entry


def bursts(entries: Iterable[LogEntry], gap: timedelta) -> Iterator[list[LogEntry]]:
    """Groups a time-ordered stream into runs whose neighbours are at most `gap` apart."""
    run: list[LogEntry] = []
    for entry in entries:
        if run and entry.at - run[-1].at > gap:
            yield run
            run = []
        run.append(entry)
    if run:
        yield run
