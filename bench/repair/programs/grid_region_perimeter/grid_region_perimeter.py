"""Regions of equal letters on a garden map, with their area and fence length."""

from collections import deque

STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))


def regions(grid):
    """Return (letter, area, perimeter) for every 4-connected region of equal letters.

    Regions are listed in the order their first cell is met when scanning the
    grid row by row. The perimeter counts cell sides that face a different
    letter or the edge of the map.
    """
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    found = []
    for r in range(rows):
        for c in range(cols):
            if seen[r][c]:
                continue
            letter = grid[r][c]
            area = perimeter = 0
            seen[r][c] = True
            queue = deque([(r, c)])
            while queue:
                cr, cc = queue.popleft()
                area += 1
                for dr, dc in STEPS:
                    nr, nc = cr + dr, cc + dc
                    if 0 <= nr < rows and nc < cols and grid[nr][nc] == letter:
                        if not seen[nr][nc]:
                            seen[nr][nc] = True
                            queue.append((nr, nc))
                    else:
                        perimeter += 1
            found.append((letter, area, perimeter))
    return found


def fence_price(grid):
    """Sum over all regions of area times perimeter."""
    return sum(area * perimeter for _, area, perimeter in regions(grid))
