"""Centered interval tree over half-open [start, end) bookings: who is busy at a given minute."""

from __future__ import annotations

from dataclasses import dataclass

Booking = tuple[int, int, str]  # start minute, end minute (exclusive), who


@dataclass
class Node:
    center: int
    by_start: list[Booking]  # bookings containing center, by start ascending
    by_end: list[Booking]  # the same bookings, by end descending
    left: Node | None
    right: Node | None


def build(bookings: list[Booking]) -> Node | None:
    if not bookings:
        return None
    starts = sorted(start for start, _, _ in bookings)
    center = starts[len(starts) // 2]
    here = [b for b in bookings if b[0] <= center < b[1]]
    return Node(
        center,
        sorted(here),
        sorted(here, key=lambda b: b[1], reverse=True),
        build([b for b in bookings if b[1] <= center]),
        build([b for b in bookings if b[0] > center]),
    )


class Calendar:
    def __init__(self, bookings: list[Booking]) -> None:
        self.root = build([b for b in bookings if b[0] < b[1]])

    def busy_at(self, minute: int) -> list[str]:
        """Who is booked at this minute, sorted; a booking ending at minute is already over."""
        found: list[str] = []
        node = self.root
        while node is not None:
            if minute < node.center:
                for start, _, who in node.by_start:
                    if start > minute:
                        break
                    found.append(who)
                node = node.left
            else:
                for _, end, who in node.by_end:
                    if end < minute:
                        break
                    found.append(who)
                node = node.right
        return sorted(found)

    def is_free(self, who: str, minute: int) -> bool:
        return who not in self.busy_at(minute)

    def all_free(self, people: list[str], start: int, end: int) -> bool:
        """True when none of people has a booking touching [start, end); minute resolution."""
        wanted = set(people)
        return all(not wanted.intersection(self.busy_at(m)) for m in range(start, end))
