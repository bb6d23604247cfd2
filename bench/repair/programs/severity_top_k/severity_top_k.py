"""Keeps the k most severe records of a log stream in a bounded min-heap."""

import heapq
from collections.abc import Iterable
from dataclasses import dataclass

SEVERITY = {
    "debug": 10,
    "info": 20,
    "warn": 30,
    "warning": 30,
    "error": 30,
    "critical": 50,
    "fatal": 50,
}


@dataclass(frozen=True)
class Record:
    seq: int
    level: str
    message: str


class SevereTail:
    """The k most severe records seen so far; among equally severe ones the newest win."""

    def __init__(self, k: int) -> None:
        if k < 1:
            raise ValueError("k must be at least 1")
        self.k = k
        self._heap: list[tuple[int, int, Record]] = []

    def offer(self, record: Record) -> bool:
        """Returns whether the record is, for now, among the k kept."""
        rank = (SEVERITY[record.level.lower()], record.seq)
        if len(self._heap) < self.k:
            heapq.heappush(self._heap, (*rank, record))
            return True
        if rank > self._heap[0][:2]:
            heapq.heapreplace(self._heap, (*rank, record))
            return True
        return False

    def extend(self, records: Iterable[Record]) -> None:
        for record in records:
            self.offer(record)

    def most_severe(self) -> list[Record]:
        return [record for *_, record in sorted(self._heap, reverse=True)]
