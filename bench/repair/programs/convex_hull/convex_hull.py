"""Convex hull of points in the plane (Andrew's monotone chain)."""

Point = tuple[int, int]


def cross(origin: Point, a: Point, b: Point) -> int:
    """Z component of (a - origin) x (b - origin): > 0 for a counter-clockwise turn."""
    return (a[0] - origin[0]) * (b[1] - origin[1]) - (a[1] - origin[1]) * (b[0] - origin[0])


def convex_hull(points: list[Point]) -> list[Point]:
    """Hull vertices counter-clockwise, starting at the lowest-leftmost point.

    Points lying on a hull edge are not vertices and are left out.
    """
    unique = sorted(set(points))
    if len(unique) <= 2:
        return unique
    lower: list[Point] = []
    for point in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], point) <= 0:
            lower.pop()
        lower.append(point)
    upper: list[Point] = []
    for point in reversed(unique):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], point) < 0:
            upper.pop()
        upper.append(point)
    return lower[:-1] + upper[:-1]


def doubled_area(polygon: list[Point]) -> int:
    """Twice the area of a simple polygon given counter-clockwise (shoelace formula)."""
    return sum(
        x1 * y2 - x2 * y1
        for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True)
    )
