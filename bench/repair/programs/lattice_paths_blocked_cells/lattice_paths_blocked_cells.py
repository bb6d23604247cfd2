"""Count monotone lattice paths that avoid blocked points."""


def count_paths(width, height, blocked=(), mod=None):
    """Number of paths from (0, 0) to (width, height) made of unit steps
    right (x + 1) or up (y + 1) that never touch a point of ``blocked``.

    ``blocked`` holds (x, y) points; points off the grid are ignored.
    With ``mod`` the count is returned modulo ``mod``.
    """
    if width < 0 or height < 0:
        return 0
    blocked = set(blocked)
    # row[x] holds the count for (x, y) of the current row y; before it is
    # updated it still holds the count for (x, y - 1).
    row = [0] * (width + 1)
    for y in range(height + 1):
        for x in range(width + 1):
            if (y, x) in blocked:
                row[x] = 0
            elif x == 0 and y == 0:
                row[x] = 1
            elif x > 0:
                row[x] += row[x - 1]
            if mod is not None:
                row[x] %= mod
    return row[width]


def count_paths_via(width, height, point, blocked=()):
    """Number of such paths that pass through ``point``."""
    px, py = point
    if not (0 <= px <= width and 0 <= py <= height):
        return 0
    shifted = {(x - px, y - py) for x, y in blocked}
    return count_paths(px, py, blocked) * count_paths(width - px, height - py, shifted)
