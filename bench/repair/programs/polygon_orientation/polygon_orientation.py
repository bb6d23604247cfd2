"""Simple-polygon helpers built on the shoelace formula.

A polygon is a sequence of (x, y) vertices; the closing edge from the last
vertex back to the first is implied.
"""

import math


def edges(points):
    """Consecutive vertex pairs, including the closing edge."""
    pts = list(points)
    return list(zip(pts, pts[1:] + pts[:1]))


def signed_area(points):
    """Positive for counter-clockwise vertex order, negative for clockwise."""
    total = 0
    for (x1, y1), (x2, y2) in edges(points):
        total += x1 * y2 - x2 * y1
    return total / 2


def area(points):
    return abs(signed_area(points))


def is_clockwise(points):
    return signed_area(points) < 0


def to_counter_clockwise(points):
    """Vertices in counter-clockwise order, keeping the first vertex first."""
    pts = list(points)
    if is_clockwise(pts):
        return pts[:1] + pts[:1:-1]
    return pts


def perimeter(points):
    return sum(math.dist(p, q) for p, q in edges(points))


def centroid(points):
    """Centre of mass of the polygon's area."""
    a = signed_area(points)
    if a == 0:
        raise ValueError("degenerate polygon has no centroid")
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in edges(points):
        cross = x1 * y2 - x2 * y1
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return (cx / (6 * a), cy / (6 * a))
