"""Smallest range that holds at least one number from each of k sorted lists.

Keeps one cursor per list in a min-heap together with the largest value
under any cursor; the current window is [heap minimum, that maximum]. Moving
the cursor of the minimum forward is the only way the window can shrink.
Among equally wide ranges the one with the smaller start wins.
"""
import heapq
from typing import Sequence


def smallest_covering_range(lists: Sequence[Sequence[int]]) -> tuple[int, int] | None:
    if not lists or any(len(values) == 0 for values in lists):
        return None
    heap = [(values[0], k, 0) for k, values in enumerate(lists)]
    heapq.heapify(heap)
    high = max(values[0] for values in lists)
    best = None
    while True:
        low, k, pos = heapq.heappop(heap)
        if best is None or high - low <= best[1] - best[0]:
            best = (low, high)
        if pos + 1 == len(lists[k]):
            return best
        nxt = lists[k][pos + 1]
        heapq.heappush(heap, (nxt, k, pos + 1))


def covering_window(events: dict[str, Sequence[int]]) -> tuple[int, int] | None:
    """Shortest time span in which every named source logged at least once."""
    names = sorted(events)
    return smallest_covering_range([sorted(events[name]) for name in names])
