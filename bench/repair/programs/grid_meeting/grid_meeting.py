"""Manhattan-distance helpers for points on an integer grid (y grows downwards)."""

from collections.abc import Iterator

Point = tuple[int, int]


def manhattan(a: Point, b: Point) -> int:
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def total_distance(points: list[Point], target: Point) -> int:
    return sum(manhattan(point, target) for point in points)


def nearest(target: Point, sites: list[Point]) -> Point | None:
    """The site closest to target; ties go to the smallest (x, y)."""
    if not sites:
        return None
    return min(sites, key=lambda site: (manhattan(site, target), site))


def ring(center: Point, radius: int) -> Iterator[Point]:
    """Cells exactly `radius` steps from center, clockwise starting straight above it."""
    cx, cy = center
    if radius == 0:
        yield center
        return
    for step in range(radius):
        yield cx + step, cy - radius + step
    for step in range(radius):
        yield cx + radius - step, cy + step
    for step in range(radius):
        yield cx - step, cy + radius - step
    for step in range(radius):
        yield cx - radius + step, cy - step


def meeting_point(points: list[Point]) -> Point:
    """A cell with the smallest total walking distance: the lower median on each axis."""
    xs = sorted(x for x, _ in points)
    ys = [y for _, y in points]
    middle = (len(points) - 1) // 2
    return xs[middle], ys[middle]
