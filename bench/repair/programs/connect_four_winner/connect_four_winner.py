"""Connect Four on a grid of any size: drop discs, find the winner."""

EMPTY = "."
DIRECTIONS = ((0, 1), (1, 0), (1, 1), (-1, -1))


class Board:
    def __init__(self, rows: int = 6, cols: int = 7, connect: int = 4) -> None:
        self.rows, self.cols, self.connect = rows, cols, connect
        self.grid = [[EMPTY] * cols for _ in range(rows)]  # row 0 is the top

    def drop(self, col: int, disc: str) -> int:
        """Let disc fall down column col; return the row it lands in."""
        if not 0 <= col < self.cols:
            raise ValueError(f"no column {col}")
        for row in range(self.rows - 1, -1, -1):
            if self.grid[row][col] == EMPTY:
                self.grid[row][col] = disc
                return row
        raise ValueError(f"column {col} is full")

    def run_length(self, row: int, col: int, d_row: int, d_col: int) -> int:
        """Discs equal to grid[row][col] in a line through it, both ways along (d_row, d_col)."""
        disc = self.grid[row][col]
        length = 1
        for sign in (1, -1):
            r, c = row + sign * d_row, col + sign * d_col
            while 0 <= r < self.rows and 0 <= c < self.cols and self.grid[r][c] == disc:
                length += 1
                r, c = r + sign * d_row, c + sign * d_col
        return length

    def wins_at(self, row: int, col: int) -> bool:
        if self.grid[row][col] == EMPTY:
            return False
        return any(self.run_length(row, col, dr, dc) >= self.connect for dr, dc in DIRECTIONS)

    def winner(self) -> str | None:
        for row in range(self.rows):
            for col in range(self.cols):
                if self.wins_at(row, col):
                    return self.grid[row][col]
        return None


def play(moves: list[int], rows: int = 6, cols: int = 7, connect: int = 4) -> str | None:
    """Players X and O alternate, X first; the first player to connect wins."""
    board = Board(rows, cols, connect)
    for turn, col in enumerate(moves):
        disc = "XO"[turn % 2]
        row = board.drop(col, disc)
        if board.wins_at(row, col):
            return disc
    return None
