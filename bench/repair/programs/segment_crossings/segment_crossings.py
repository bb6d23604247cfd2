"""Exact intersection tests for integer line segments (wire-routing checks on a grid)."""

from fractions import Fraction
from itertools import combinations

Point = tuple[int, int]
Segment = tuple[Point, Point]


def cross(origin: Point, a: Point, b: Point) -> int:
    """z of (a - origin) x (b - origin): > 0 when origin -> a -> b turns left."""
    return (a[0] - origin[0]) * (b[1] - origin[1]) - (a[1] - origin[1]) * (b[0] - origin[0])


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


def _between(p: Point, a: Point, b: Point) -> bool:
    """For p collinear with a and b: does p lie on the segment a-b (endpoints included)?"""
    return (p[0] - a[0]) * (p[0] - b[0]) + (p[1] - a[1]) * (p[1] - b[1]) < 0


def intersects(s: Segment, t: Segment) -> bool:
    """True when the two closed segments share at least one point."""
    (a, b), (c, d) = s, t
    d1, d2 = _sign(cross(a, b, c)), _sign(cross(a, b, d))
    d3, d4 = _sign(cross(c, d, a)), _sign(cross(c, d, b))
    if d1 * d2 < 0 and d3 * d4 < 0:
        return True
    return ((d1 == 0 and _between(c, a, b)) or (d2 == 0 and _between(d, a, b))
            or (d3 == 0 and _between(a, c, d)) or (d4 == 0 and _between(b, c, d)))


def meeting_point(s: Segment, t: Segment) -> tuple[Fraction, Fraction] | None:
    """The single point two non-parallel segments share, or None (parallel or apart)."""
    (a, b), (c, d) = s, t
    rx, ry = b[0] - a[0], b[1] - a[1]
    sx, sy = d[0] - c[0], d[1] - c[1]
    denominator = rx * sy - ry * sx
    if denominator == 0 or not intersects(s, t):
        return None
    ratio = Fraction((c[0] - a[0]) * sy - (c[1] - a[1]) * sx, denominator)
    return a[0] + ratio * rx, a[1] + ratio * ry


def touching_pairs(segments: list[Segment]) -> list[tuple[int, int]]:
    """Index pairs (i < j) of segments that cross or touch, in lexicographic order."""
    return [(i, j) for (i, s), (j, t) in combinations(enumerate(segments), 2) if intersects(s, t)]
