"""Conference scheduling: the most talks one stage can host, and rooms for every talk."""

import heapq
from collections.abc import Sequence

Talk = tuple[int, int]  # (start, end) in minutes; a talk ending at t frees its room at t


def most_talks(talks: Sequence[Talk]) -> list[Talk]:
    """A largest set of non-overlapping talks (earliest-finish greedy), in time order."""
    chosen: list[Talk] = []
    free_at = float("-inf")
    for start, end in sorted(talks, key=lambda talk: (talk[1], talk[0])):
        if start > free_at:
            chosen.append((start, end))
            free_at = end
    return chosen


def assign_rooms(talks: Sequence[Talk]) -> list[int]:
    """Room number for each talk, in the given order, using as few rooms as possible."""
    order = sorted(range(len(talks)), key=lambda index: talks[index])
    busy: list[tuple[int, int]] = []  # (end, room) for every room in use
    rooms = [0] * len(talks)
    opened = 0
    for index in order:
        start, end = talks[index]
        if busy and busy[0][0] <= start:
            _, room = heapq.heappop(busy)
        else:
            room = opened
        rooms[index] = room
        heapq.heappush(busy, (end, room))
    return rooms


def rooms_needed(talks: Sequence[Talk]) -> int:
    return max(assign_rooms(talks), default=-1) + 1
