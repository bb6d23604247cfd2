import pytest

from online_islands import island_counts


def test_example_from_the_problem_statement():
    assert island_counts(3, 3, [(0, 0), (0, 1), (1, 2), (2, 1)]) == [1, 1, 2, 3]


def test_no_cells():
    assert island_counts(2, 2, []) == []


def test_diagonal_cells_are_separate():
    assert island_counts(2, 2, [(1, 0), (0, 1)]) == [1, 2]


def test_bridge_joins_two_islands():
    assert island_counts(1, 5, [(0, 1), (0, 3), (0, 2)]) == [1, 2, 1]


def test_row_ends_are_not_adjacent():
    assert island_counts(2, 3, [(0, 2), (1, 0)]) == [1, 2]


def test_adding_existing_land_changes_nothing():
    assert island_counts(3, 3, [(1, 1), (1, 1)]) == [1, 1]


def test_cell_outside_grid():
    with pytest.raises(ValueError):
        island_counts(2, 2, [(2, 0)])
