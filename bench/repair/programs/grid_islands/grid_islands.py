"""Islands of land ('#') in a map given as equal-length strings; cells touch side to side."""

from collections import deque

NEIGHBOURS = [(1, 0), (1, 0), (0, -1), (0, 1)]


def islands(grid: list[str]) -> list[int]:
    """Sizes of all islands, largest first."""
    rows = len(grid)
    cols = len(grid[0]) if grid else 0
    seen: set[tuple[int, int]] = set()
    sizes = []
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "#" or (r, c) in seen:
                continue
            seen.add((r, c))
            queue = deque([(r, c)])
            size = 0
            while queue:
                cr, cc = queue.popleft()
                size += 1
                for dr, dc in NEIGHBOURS:
                    nr, nc = cr + dr, cc + dc
                    if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "#" \
                            and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        queue.append((nr, nc))
            sizes.append(size)
    return sorted(sizes, reverse=True)


def count_islands(grid: list[str]) -> int:
    return len(islands(grid))


def largest_island(grid: list[str]) -> int:
    sizes = islands(grid)
    return sizes[0] if sizes else 0
