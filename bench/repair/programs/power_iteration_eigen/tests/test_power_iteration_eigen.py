import pytest

from power_iteration_eigen import power_iteration, top_eigenpairs


def test_dominant_eigenpair_of_2x2():
    pair = power_iteration([[2, 1], [1, 2]])
    assert pair.converged
    assert pair.value == pytest.approx(3.0)
    assert pair.vector == pytest.approx([2 ** -0.5, 2 ** -0.5])


def test_diagonal_matrix():
    pair = power_iteration([[1, 0, 0], [0, 7, 0], [0, 0, 3]])
    assert pair.value == pytest.approx(7.0)
    assert pair.vector == pytest.approx([0, 1, 0], abs=1e-8)


def test_negative_dominant_eigenvalue():
    pair = power_iteration([[1, 0], [0, -4]])
    assert pair.value == pytest.approx(-4.0)
    assert pair.vector == pytest.approx([0, 1], abs=1e-8)


def test_eigen_equation_holds():
    m = [[4, 1, 0], [1, 3, 1], [0, 1, 2]]
    pair = power_iteration(m)
    mv = [sum(a * b for a, b in zip(row, pair.vector)) for row in m]
    assert mv == pytest.approx([pair.value * x for x in pair.vector], abs=1e-8)


def test_two_eigenpairs_of_2x2():
    pairs = top_eigenpairs([[2, 1], [1, 2]], k=2)
    assert [p.value for p in pairs] == pytest.approx([3.0, 1.0])


def test_iteration_cap_reports_no_convergence():
    pair = power_iteration([[2, 0], [0, -2]], max_iter=30)
    assert not pair.converged
    assert pair.iterations == 30
