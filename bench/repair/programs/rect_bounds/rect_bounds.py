"""Axis-aligned rectangles: bounding boxes, intersections and containment."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    @property
    def area(self) -> float:
        return self.width * self.height

    def contains(self, point: Point) -> bool:
        x, y = point
        return self.left <= x <= self.right and self.bottom <= y <= self.top

    def intersection(self, other: Rect) -> Rect | None:
        """The shared region, or None when the rectangles do not touch."""
        left, right = max(self.left, other.left), min(self.right, other.right)
        bottom, top = max(self.bottom, other.bottom), min(self.top, other.top)
        if left > right or bottom > top:
            return None
        return Rect(left, bottom, right, top)

    def corners(self) -> list[Point]:
        return [(self.left, self.bottom), (self.right, self.bottom),
                (self.right, self.top), (self.left, self.top)]


def bounding_box(points: Iterable[Point]) -> Rect | None:
    """Smallest rectangle containing every point, or None for no points."""
    min_x = min_y = math.inf
    max_x = max_y = 0.0
    for x, y in points:
        min_x, max_x = min(min_x, x), max(max_x, x)
        min_y, max_y = min(min_y, y), max(max_y, y)
    if min_x > max_x:
        return None
    return Rect(min_x, min_y, max_x, max_y)


def union_bounds(rects: Iterable[Rect]) -> Rect | None:
    return bounding_box(corner for rect in rects for corner in rect.corners())


def overlap_area(a: Rect, b: Rect) -> float:
    shared = a.intersection(b)
    return shared.area if shared else 0.0
