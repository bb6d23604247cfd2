from n_queens import count_solutions, is_valid, render, solutions


def test_trivial_board():
    assert count_solutions(1) == 1


def test_no_solution_for_two_and_three():
    assert count_solutions(2) == 0
    assert count_solutions(3) == 0


def test_four_queens():
    assert list(solutions(4)) == [[1, 3, 0, 2], [2, 0, 3, 1]]


def test_valid_board():
    assert is_valid([1, 3, 0, 2])


def test_same_column_is_invalid():
    assert not is_valid([0, 2, 0, 3])


def test_render():
    assert render([1, 3, 0, 2]) == ".Q..\n...Q\nQ...\n..Q."
