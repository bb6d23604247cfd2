"""Capture moves for English draughts (checkers) on an 8x8 board.

The board is a dict mapping (row, col) to a piece: "r"/"b" for men and
"R"/"B" for kings. Row 0 is at the top; red men move up the board (towards
row 0) and black men move down. Kings move both ways.
"""

SIZE = 8


def colour(piece):
    return piece.lower()


def directions(piece):
    if piece.isupper():
        return [(-1, -1), (-1, 1), (1, -1), (1, 1)]
    if piece == "r":
        return [(-1, -1), (-1, 1)]
    return [(1, -1), (1, 1)]


def on_board(row, col):
    return 0 <= row < SIZE and 0 <= col < SIZE


def single_jumps(board, square):
    """Landing squares of every single capture the piece on `square` can make."""
    piece = board[square]
    row, col = square
    landings = []
    for dr, dc in directions(piece):
        over = (row + dr, col + dc)
        land = (row + 2 * dr, col + 2 * dc)
        victim = board.get(over)
        if on_board(*land) and victim is not None:
            if colour(victim) != colour(piece):
                landings.append(land)
    return landings


def jump_sequences(board, square):
    """Every maximal multi-jump path starting at `square`.

    A path is a list of squares beginning with `square`. Captured pieces are
    taken off as the path goes, so no piece can be jumped twice.
    """
    piece = board[square]
    paths = []
    for land in single_jumps(board, square):
        over = ((square[0] + land[0]) // 2, (square[1] + land[1]) // 2)
        after = dict(board)
        del after[square]
        del after[over]
        after[land] = piece
        tails = jump_sequences(after, land)
        if tails:
            paths.extend([square] + tail for tail in tails)
        else:
            paths.append([square, land])
    return paths


def capture_moves(board, side):
    """All maximal capture paths for `side` ("r" or "b"), sorted."""
    moves = []
    for square, piece in board.items():
        if colour(piece) == side:
            moves.extend(jump_sequences(board, square))
    return sorted(moves)
