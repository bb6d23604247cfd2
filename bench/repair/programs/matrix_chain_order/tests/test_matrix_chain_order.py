import pytest

from matrix_chain_order import chain_order, left_to_right_cost


def test_single_matrix_costs_nothing():
    assert chain_order([4, 7]) == (0, "A")


def test_two_matrices():
    assert chain_order([10, 20, 30]) == (6000, "(AB)")


def test_textbook_example():
    assert chain_order([30, 35, 15, 5, 10, 20, 25]) == (15125, "((A(BC))((DE)F))")


def test_left_to_right_cost():
    assert left_to_right_cost([10, 20, 30, 40]) == 10 * 20 * 30 + 10 * 30 * 40
    assert left_to_right_cost([5, 6]) == 0


def test_no_matrices_is_an_error():
    with pytest.raises(ValueError):
        chain_order([3])
