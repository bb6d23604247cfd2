"""Axis-aligned rectangles of grid cells; corners are inclusive: (x1, y1) .. (x2, y2)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CellRect:
    x1: int
    y1: int
    x2: int
    y2: int

    @property
    def width(self) -> int:
        return self.x2 - self.x1 + 1

    @property
    def height(self) -> int:
        return self.y2 - self.y1 + 1

    def area(self) -> int:
        return self.width * self.height

    def contains(self, x: int, y: int) -> bool:
        return self.x1 <= x <= self.x2 and self.y1 <= y <= self.y2

    def intersection(self, other: CellRect) -> CellRect | None:
        x1, y1 = max(self.x1, other.x1), max(self.y1, other.y1)
        x2, y2 = min(self.x2, other.x2), min(self.y2, other.y2)
        if x1 > x2 or y1 > y2:
            return None
        return CellRect(x1, y1, x2, y2)


def overlap_area(a: CellRect, b: CellRect) -> int:
    common = a.intersection(b)
    return 0 if common is None else common.area()


def covered_area(rects: list[CellRect]) -> int:
    """Number of cells covered by at least one rectangle, counted column by column."""
    if not rects:
        return 0
    total = 0
    for x in range(min(r.x1 for r in rects), max(r.x2 for r in rects)):
        spans = sorted((r.y1, r.y2) for r in rects if r.x1 <= x <= r.x2)
        top: int | None = None
        for y1, y2 in spans:
            if top is None or y1 > top:
                total += y2 - y1 + 1
                top = y2
            elif y2 > top:
                total += y2 - top
                top = y2
    return total
