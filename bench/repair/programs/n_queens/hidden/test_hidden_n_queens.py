import itertools

from n_queens import attacked, count_solutions, is_valid, solutions


def _valid(cols):
    pairs = itertools.combinations(enumerate(cols), 2)
    return all(c1 != c2 and abs(r1 - r2) != abs(c1 - c2) for (r1, c1), (r2, c2) in pairs)


def test_known_counts():
    assert [count_solutions(n) for n in range(1, 9)] == [1, 0, 0, 2, 10, 4, 40, 92]


def test_first_eight_queens_solution():
    assert next(solutions(8)) == [0, 4, 7, 5, 2, 6, 1, 3]


def test_anti_diagonal_is_invalid():
    assert not is_valid([3, 2, 1, 0])
    assert not is_valid([0, 3, 2])
    assert not is_valid([1, 0])


def test_main_diagonal_is_invalid():
    assert not is_valid([0, 1, 2, 3])


def test_attacked():
    assert attacked([2], 1, 1)
    assert attacked([2], 1, 3)
    assert attacked([0, 3], 2, 2)
    assert not attacked([0, 2], 2, 4)


def test_out_of_range_column():
    assert not is_valid([0, 4, 1, 3])


def test_is_valid_matches_brute_force():
    for size in range(1, 7):
        for cols in itertools.permutations(range(size)):
            assert is_valid(list(cols)) == _valid(cols), cols


def test_every_solution_is_valid():
    for board in solutions(6):
        assert _valid(board)
