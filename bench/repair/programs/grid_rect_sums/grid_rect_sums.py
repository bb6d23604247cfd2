"""Constant-time rectangle sums over a 2D grid (a summed-area table)."""


class SummedArea:
    def __init__(self, grid: list[list[int]]) -> None:
        self.rows = len(grid)
        self.cols = len(grid[0]) if grid else 0
        if any(len(row) != self.cols for row in grid):
            raise ValueError("all rows must have the same length")
        # _table[r][c] holds the sum of grid[0:r][0:c], with a zero row and column in front.
        self._table = [[0] * (self.cols + 1) for _ in range(self.rows + 1)]
        for r, row in enumerate(grid):
            running = 0
            for c, value in enumerate(row):
                running += value
                self._table[r + 1][c + 1] = self._table[r][c + 1] + running

    def total(self) -> int:
        return self._table[self.rows][self.cols]

    def rect_sum(self, top: int, left: int, bottom: int, right: int) -> int:
        """Sum of the cells with top <= row <= bottom and left <= col <= right."""
        if not (0 <= top <= bottom < self.rows and 0 <= left <= right < self.cols):
            raise IndexError(f"rectangle ({top}, {left})-({bottom}, {right}) outside the grid")
        t = self._table
        return t[bottom + 1][right + 1] - t[top][right + 1] - t[bottom + 1][left] - t[top][left]

    def cell(self, row: int, col: int) -> int:
        return self.rect_sum(row, col, row, col)

    def best_window(self, height: int, width: int) -> tuple[int, int, int]:
        """(sum, top, left) of the height x width window with the largest sum; first one on ties."""
        if not (0 < height <= self.rows and 0 < width <= self.cols):
            raise ValueError("window does not fit in the grid")
        best: tuple[int, int, int] | None = None
        for top in range(self.rows - height + 1):
            for left in range(self.cols - width + 1):
                value = self.rect_sum(top, left, top + height - 1, left + width - 1)
                if best is None or value > best[0]:
                    best = (value, top, left)
        assert best is not None
        return best
