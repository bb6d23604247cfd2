import math

import pytest

from power_iteration_eigen import EigenPair, deflate, power_iteration, top_eigenpairs


def test_deflate_removes_the_pair():
    s = 2 ** -0.5
    out = deflate([[2.0, 1.0], [1.0, 2.0]], EigenPair(3.0, [s, s], 1, True))
    assert out[0] == pytest.approx([0.5, -0.5])
    assert out[1] == pytest.approx([-0.5, 0.5])


def test_all_eigenvalues_of_tridiagonal():
    pairs = top_eigenpairs([[4, 1, 0], [1, 3, 1], [0, 1, 2]], k=3)
    assert [p.value for p in pairs] == pytest.approx([3 + math.sqrt(3), 3.0, 3 - math.sqrt(3)], abs=1e-8)
    assert all(p.converged for p in pairs)


def test_eigenvectors_are_orthogonal_and_satisfy_equation():
    m = [[6, 2, 1], [2, 5, 2], [1, 2, 4]]
    pairs = top_eigenpairs(m, k=3)
    for i, p in enumerate(pairs):
        mv = [sum(a * b for a, b in zip(row, p.vector)) for row in m]
        assert mv == pytest.approx([p.value * x for x in p.vector], abs=1e-7)
        for q in pairs[i + 1:]:
            assert sum(a * b for a, b in zip(p.vector, q.vector)) == pytest.approx(0.0, abs=1e-7)
    assert sum(p.value for p in pairs) == pytest.approx(15.0)


def test_second_pair_of_diagonal_matrix():
    pairs = top_eigenpairs([[5, 0, 0], [0, 2, 0], [0, 0, 0.5]], k=2)
    assert [p.value for p in pairs] == pytest.approx([5.0, 2.0])
    assert pairs[1].vector == pytest.approx([0, 1, 0], abs=1e-8)


def test_rank_one_matrix_deflates_to_zero():
    m = [[1, 2], [2, 4]]
    pairs = top_eigenpairs(m, k=2)
    assert pairs[0].value == pytest.approx(5.0)
    assert pairs[1].value == pytest.approx(0.0, abs=1e-9)


def test_input_matrix_is_not_modified():
    m = [[3, 1], [1, 3]]
    pairs = top_eigenpairs(m, k=2)
    assert m == [[3, 1], [1, 3]]
    assert [p.value for p in pairs] == pytest.approx([4.0, 2.0])
    assert pairs[1].vector == pytest.approx([2 ** -0.5, -(2 ** -0.5)], abs=1e-8)
