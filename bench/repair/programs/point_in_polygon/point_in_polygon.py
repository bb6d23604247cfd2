"""Where a point lies relative to a simple polygon with integer vertices, exactly."""

from math import gcd

Point = tuple[int, int]


def cross(origin: Point, a: Point, b: Point) -> int:
    """z of (a - origin) x (b - origin): positive when origin -> a -> b turns left."""
    return (a[0] - origin[0]) * (b[1] - origin[1]) - (a[1] - origin[1]) * (b[0] - origin[0])


def on_segment(p: Point, a: Point, b: Point) -> bool:
    """Whether p lies on the closed segment a-b."""
    return (min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and cross(a, b, p) == 0)


def locate(p: Point, polygon: list[Point]) -> str:
    """"boundary", "inside" or "outside" (vertices in either orientation).

    Casts a ray from p towards +x and counts the edges it crosses; an edge counts when
    one end is strictly above p and the other is not, so a vertex on the ray is
    counted once.
    """
    inside = False
    for index, a in enumerate(polygon):
        b = polygon[(index + 1) % len(polygon)]
        if on_segment(p, a, b):
            return "boundary"
        if (a[1] > p[1]) != (b[1] > p[1]):
            # The edge crosses the ray's line; p is left of the crossing point when
            # p lies on the left of the edge taken upwards.
            if (cross(a, b, p) > 0) == (b[1] > a[1]):
                inside = not inside
    return "inside" if inside else "outside"


def doubled_area(polygon: list[Point]) -> int:
    """Twice the area (shoelace formula), so it stays an integer."""
    return abs(sum(a[0] * b[1] - b[0] * a[1]
                   for a, b in zip(polygon, polygon[1:] + polygon[:1])))


def lattice_counts(polygon: list[Point]) -> tuple[int, int]:
    """(interior, boundary) lattice points, by Pick's theorem: A = I + B/2 - 1."""
    boundary = sum(gcd(b[0] - a[0], b[1] - a[1])
                   for a, b in zip(polygon, polygon[1:] + polygon[:1]))
    interior = (doubled_area(polygon) - boundary + 2) // 2
    return interior, boundary
