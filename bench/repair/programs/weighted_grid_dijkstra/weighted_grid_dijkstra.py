"""Cheapest route across a terrain map where each cell has a cost to enter."""

import heapq
import math
from collections.abc import Iterator

Cell = tuple[int, int]


class TerrainGrid:
    """Rows of digits 1-9 (the cost of stepping onto that cell); '#' is impassable."""

    def __init__(self, rows: list[str]) -> None:
        self.rows = rows
        self.height = len(rows)
        self.width = len(rows[0]) if rows else 0

    def passable(self, cell: Cell) -> bool:
        row, col = cell
        return 0 <= row < self.height and 0 <= col < self.width and self.rows[row][col] != "#"

    def cost(self, cell: Cell) -> int:
        row, col = cell
        return int(self.rows[row][col])

    def neighbors(self, cell: Cell) -> Iterator[Cell]:
        row, col = cell
        for step in ((row - 1, col), (row + 1, col), (row, col - 1), (row, col + 1)):
            if self.passable(step):
                yield step

    def cheapest_route(self, start: Cell, goal: Cell) -> tuple[int, list[Cell]] | None:
        """Total cost (the start cell is free) and the cells walked, or None if unreachable."""
        if not (self.passable(start) and self.passable(goal)):
            return None
        best = {start: 0}
        came_from: dict[Cell, Cell] = {}
        frontier = [(0, start)]
        while frontier:
            spent, cell = heapq.heappop(frontier)
            if cell == goal:
                return spent, self._walk_back(came_from, start, goal)
            if spent > best[cell]:
                continue
            for step in self.neighbors(cell):
                total = spent + self.cost(step)
                if total < best.get(step, math.inf):
                    best[step] = total
                    heapq.heappush(frontier, (total, step))
        return None

    @staticmethod
    def _walk_back(came_from: dict[Cell, Cell], start: Cell, goal: Cell) -> list[Cell]:
        route = [goal]
        while route[-1] != start:
            route.append(came_from[route[-1]])
        route.reverse()
        return route
