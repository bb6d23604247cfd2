"""Web-Mercator ("slippy map") tiles: which tile holds a point, and what a tile covers."""

import math

MAX_LATITUDE = 85.0511287798066  # the Mercator square ends here, north and south

BBox = tuple[float, float, float, float]  # (west, south, east, north), in degrees


def tile_of(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """(x, y) of the tile holding the point; x grows eastward, y grows southward."""
    n = 1 << zoom
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def _row_top_latitude(y: int, n: int) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))


def tile_bounds(x: int, y: int, zoom: int) -> BBox:
    n = 1 << zoom
    west = x / n * 360.0 - 180.0
    east = (x + 1) / n * 360.0 - 180.0
    north = _row_top_latitude(y, n)
    south = _row_top_latitude(y + 1, n)
    return west, north, east, south


def tile_center(x: int, y: int, zoom: int) -> tuple[float, float]:
    west, south, east, north = tile_bounds(x, y, zoom)
    return (west + east) / 2, (south + north) / 2


def tiles_covering(bbox: BBox, zoom: int) -> list[tuple[int, int]]:
    """Every tile touching the box, row by row from the north-west corner."""
    west, south, east, north = bbox
    left, top = tile_of(west, north, zoom)
    right, bottom = tile_of(east, south, zoom)
    return [(x, y) for y in range(top, bottom + 1) for x in range(left, right + 1)]


def quadkey(x: int, y: int, zoom: int) -> str:
    """Bing-style key: one base-4 digit per zoom level, most significant first."""
    digits = []
    for level in range(zoom, 0, -1):
        mask = 1 << (level - 1)
        digits.append(str((1 if x & mask else 0) + (2 if y & mask else 0)))
    return "".join(digits)
