"""Find dictionary words on a letter board, Boggle style."""

from collections.abc import Iterable

_STEPS = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]


def _prefixes(words: Iterable[str]) -> set[str]:
    prefixes: set[str] = set()
    for word in words:
        for end in range(1, len(word) + 1):
            prefixes.add(word[:end])
    return prefixes


def find_words(board: list[str], words: Iterable[str], min_length: int = 3) -> list[str]:
    """Words of at least min_length letters that can be traced through neighbouring
    cells (diagonals included) without using a cell twice; sorted, lower case.

    The board is a list of equally long rows, e.g. ["cat", "ore"].
    """
    if not board or not board[0]:
        return []
    wanted = {word.lower() for word in words if len(word) >= min_length}
    prefixes = _prefixes(wanted)
    rows, cols = len(board[0]), len(board)
    found: set[str] = set()

    def walk(row: int, col: int, sofar: str, used: set[tuple[int, int]]) -> None:
        sofar += board[row][col].lower()
        if sofar not in prefixes:
            return
        if sofar in wanted:
            found.add(sofar)
        used.add((row, col))
        for d_row, d_col in _STEPS:
            r, c = row + d_row, col + d_col
            if 0 <= r < rows and 0 <= c < cols and (r, c) not in used:
                walk(r, c, sofar, used)
        used.discard((row, col))

    for row in range(rows):
        for col in range(cols):
            walk(row, col, "", set())
    return sorted(found)


def score(word: str) -> int:
    """Classic Boggle points: 3-4 letters 1, 5 letters 2, 6 letters 3, 7 letters 5, longer 11."""
    return {3: 1, 4: 1, 5: 2, 6: 3, 7: 5}.get(len(word), 11 if len(word) > 7 else 0)
