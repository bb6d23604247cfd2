import itertools

from knight_moves import distances, min_moves, parse

ALL = [(dr, dc) for dr, dc in itertools.product((-2, -1, 1, 2), repeat=2) if abs(dr) != abs(dc)]


def _reference(start, rows, cols):
    dist, frontier = {start: 0}, [start]
    while frontier:
        nxt_frontier = []
        for r, c in frontier:
            for dr, dc in ALL:
                sq = (r + dr, c + dc)
                if 0 <= sq[0] < rows and 0 <= sq[1] < cols and sq not in dist:
                    dist[sq] = dist[(r, c)] + 1
                    nxt_frontier.append(sq)
        frontier = nxt_frontier
    return dist


def test_corner_to_corner():
    assert min_moves(parse("a1"), parse("h8")) == 6
    assert min_moves(parse("h8"), parse("a1")) == 6


def test_every_start_on_small_boards_matches_reference():
    for rows, cols in [(8, 8), (5, 5), (3, 4), (6, 3)]:
        for start in itertools.product(range(rows), range(cols)):
            assert distances(start, rows, cols) == _reference(start, rows, cols)


def test_symmetric():
    for a, b in [("d4", "a8"), ("h1", "b2"), ("e5", "e6")]:
        assert min_moves(parse(a), parse(b)) == min_moves(parse(b), parse(a))
