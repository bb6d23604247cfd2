from fractions import Fraction

import pytest

from gauss_jordan_inverse import SingularMatrixError, identity, invert, multiply, solve


def test_permutation_matrix():
    p = [[0, 1, 0], [0, 0, 1], [1, 0, 0]]
    assert invert(p) == [[0, 0, 1], [1, 0, 0], [0, 1, 0]]


def test_zero_in_top_left_two_by_two():
    assert invert([[0, 1], [1, 0]]) == [[0, 1], [1, 0]]
    assert invert([[0, 2], [3, 4]]) == [[Fraction(-2, 3), Fraction(1, 3)], [Fraction(1, 2), 0]]


def test_both_sides_give_identity():
    for m in ([[1, 2, 3], [0, 1, 4], [5, 6, 0]], [[0, 0, 1], [2, 0, 0], [0, 3, 0]],
              [[2, -1, 0, 0], [-1, 2, -1, 0], [0, -1, 2, -1], [0, 0, -1, 2]]):
        inv = invert(m)
        assert multiply(m, inv) == identity(len(m))
        assert multiply(inv, m) == identity(len(m))


def test_one_by_one():
    assert invert([[5]]) == [[Fraction(1, 5)]]


def test_singular_three_by_three():
    with pytest.raises(SingularMatrixError):
        invert([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    with pytest.raises(SingularMatrixError):
        invert([[0, 0], [0, 0]])


def test_solve():
    assert solve([[0, 1], [2, 0]], [3, 4]) == [2, 3]
    assert solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]) == [2, 3, -1]


def test_input_not_modified():
    m = [[0, 1], [1, 1]]
    invert(m)
    assert m == [[0, 1], [1, 1]]
