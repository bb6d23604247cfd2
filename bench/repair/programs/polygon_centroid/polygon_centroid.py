"""Simple (non-self-intersecting) polygons: area, orientation, perimeter and centroid."""

import math
from collections.abc import Iterator, Sequence

Point = tuple[float, float]


class Polygon:
    def __init__(self, vertices: Sequence[Point]) -> None:
        if len(vertices) < 3:
            raise ValueError("a polygon needs at least three vertices")
        self.vertices = [(float(x), float(y)) for x, y in vertices]

    def edges(self) -> Iterator[tuple[Point, Point]]:
        return zip(self.vertices, self.vertices[1:] + self.vertices[:1])

    def signed_area(self) -> float:
        """Positive when the vertices run counter-clockwise (shoelace formula)."""
        return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in self.edges()) / 2

    def area(self) -> float:
        return abs(self.signed_area())

    def is_clockwise(self) -> bool:
        return self.signed_area() < 0

    def perimeter(self) -> float:
        return sum(math.dist(start, end) for start, end in self.edges())

    def centroid(self) -> Point:
        """Centre of mass of the enclosed region (not the average of the vertices)."""
        area = self.signed_area()
        if area == 0:
            raise ValueError("degenerate polygon has no centroid")
        cx = cy = 0.0
        for (x0, y0), (x1, y1) in self.edges():
            cross = x0 * y1 - x1 * y0
            cx += (x0 + x1) * cross
            cy += y0 * cross
        return cx / (6 * area), cy / (6 * area)

    def translated(self, dx: float, dy: float) -> "Polygon":
        return Polygon([(x + dx, y + dy) for x, y in self.vertices])

    def bounding_box(self) -> tuple[Point, Point]:
        xs = [x for x, _ in self.vertices]
        ys = [y for _, y in self.vertices]
        return (min(xs), min(ys)), (max(xs), max(ys))
