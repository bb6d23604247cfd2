import pytest

from gram_schmidt_orthonormal import dot, norm, orthonormalize, project_onto_span, rank, thin_qr


def assert_orthonormal(basis):
    for i, a in enumerate(basis):
        for j, b in enumerate(basis):
            assert dot(a, b) == pytest.approx(1.0 if i == j else 0.0, abs=1e-9)


def test_dot_and_norm():
    assert dot([1, 2, 3], [4, 5, 6]) == 32
    assert norm([3, 4]) == 5.0


def test_two_vectors_in_plane():
    basis = orthonormalize([[3, 4], [1, 0]])
    assert basis[0] == pytest.approx([0.6, 0.8])
    assert basis[1] == pytest.approx([0.8, -0.6])


def test_dependent_vector_is_skipped():
    assert rank([[1, 2], [2, 4]]) == 1
    assert rank([[0, 0, 0]]) == 0


def test_three_vectors_in_space():
    basis = orthonormalize([[1, 1, 0], [1, 0, 1], [0, 1, 1]])
    assert len(basis) == 3
    assert_orthonormal(basis)


def test_projection_onto_plane():
    assert project_onto_span([3, -2, 7], [[1, 0, 0], [1, 1, 0]]) == pytest.approx([3, -2, 0])


def test_thin_qr_reconstructs_columns():
    cols = [[2, 0, 1], [1, 3, 0], [0, 1, 4]]
    q, r = thin_qr(cols)
    for j, col in enumerate(cols):
        rebuilt = [sum(q[k][i] * r[k][j] for k in range(3)) for i in range(3)]
        assert rebuilt == pytest.approx(col)
