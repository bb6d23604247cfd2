"""Rain water held by a height map: how much, and where it pools."""

import heapq

Grid = list[list[int]]


def water_levels(heights: Grid) -> Grid:
    """Surface level at every cell after rain (the cell's own height where it stays dry).

    Water escapes over the border, so the border cells never hold any. Cells are taken
    from a min-heap seeded with the border: when a cell is popped, the lowest wall between
    it and the outside is already known, and each unvisited neighbour fills up to it.
    """
    rows = len(heights)
    cols = len(heights[0]) if rows else 0
    level = [row[:] for row in heights]
    seen = [[False] * cols for _ in range(rows)]
    heap: list[tuple[int, int, int]] = []
    for r in range(rows):
        for c in range(cols):
            if r in (0, rows - 1) or c in (0, cols - 1):
                seen[r][c] = True
                heapq.heappush(heap, (heights[r][c], r, c))
    while heap:
        wall, r, c = heapq.heappop(heap)
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not seen[nr][nc]:
                seen[nr][nc] = True
                level[nr][nc] = max(wall, heights[nr][nc])
                heapq.heappush(heap, (heights[nr][nc], nr, nc))
    return level


def trapped_volume(heights: Grid) -> int:
    levels = water_levels(heights)
    return sum(
        level - height
        for level_row, height_row in zip(levels, heights)
        for level, height in zip(level_row, height_row)
    )


def pools(heights: Grid) -> list[tuple[int, int]]:
    """Wet cells in reading order."""
    levels = water_levels(heights)
    return [
        (r, c)
        for r, row in enumerate(heights)
        for c, height in enumerate(row)
        if levels[r][c] > height
    ]
