"""Shortest travel times over a transit network, using a queue with decrease-key."""

import heapq
import itertools
import math
from collections.abc import Hashable
from typing import Any

_REMOVED = object()


class DecreaseKeyQueue:
    """Min-priority queue whose items can be re-prioritised (the heapq documentation recipe)."""

    def __init__(self) -> None:
        self._heap: list[list[Any]] = []
        self._entries: dict[Hashable, list[Any]] = {}
        self._counter = itertools.count()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, item: Hashable) -> bool:
        return item in self._entries

    def push(self, item: Hashable, priority: float) -> None:
        """Add item, or replace its priority if it is already queued."""
        if item in self._entries:
            self._entries.pop(item)[-1] = _REMOVED
        entry = [priority, next(self._counter), item]
        self._entries[item] = entry
        heapq.heappush(self._heap, entry)

    def priority(self, item: Hashable) -> float:
        return float(self._entries[item][0])

    def pop(self) -> tuple[Any, float]:
        """Remove and return the item with the lowest priority, with that priority."""
        while self._heap:
            priority, _, item = heapq.heappop(self._heap)
            if item is not _REMOVED:
                del self._entries[item]
                return item, priority
        raise KeyError("pop from an empty queue")


def travel_times(graph: dict[int, dict[int, float]], source: int) -> dict[int, float]:
    """Minutes from the source stop to every stop reachable from it."""
    best = {source: 0.0}
    done: set[int] = set()
    queue = DecreaseKeyQueue()
    queue.push(source, 0.0)
    while queue:
        stop, minutes = queue.pop()
        done.add(stop)
        for neighbor, leg in graph.get(stop, {}).items():
            arrival = minutes + leg
            if neighbor not in done and arrival < best.get(neighbor, math.inf):
                best[neighbor] = arrival
                queue.push(arrival, neighbor)
    return best
