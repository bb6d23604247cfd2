import math

import pytest

from gram_schmidt_orthonormal import dot, orthonormalize, project_onto_span, rank, thin_qr


def test_known_basis_in_three_dimensions():
    basis = orthonormalize([[1, 0, 0], [1, 1, 0], [1, 1, 1]])
    assert basis[0] == pytest.approx([1, 0, 0])
    assert basis[1] == pytest.approx([0, 1, 0])
    assert basis[2] == pytest.approx([0, 0, 1])


def test_rank_of_redundant_sets():
    assert rank([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 2, 3]]) == 3
    assert rank([[1, 1, 0, 0], [0, 1, 1, 0], [1, 2, 1, 0]]) == 2
    assert rank([[1, 2, 3], [2, 4, 6], [0, 1, 0], [1, 3, 3]]) == 2


def test_dependent_vector_in_the_middle_is_skipped():
    basis = orthonormalize([[1, 1, 0], [2, 2, 0], [0, 1, 0], [0, 3, 5]])
    assert len(basis) == 3
    s = 1 / math.sqrt(2)
    assert basis[0] == pytest.approx([s, s, 0])
    assert basis[1] == pytest.approx([-s, s, 0])
    assert basis[2] == pytest.approx([0, 0, 1])


def test_four_dimensional_orthonormality():
    vecs = [[1, 2, 0, 1], [0, 1, 3, 1], [2, 0, 1, 1], [1, 1, 1, 5]]
    basis = orthonormalize(vecs)
    assert len(basis) == 4
    for i in range(4):
        for j in range(4):
            assert dot(basis[i], basis[j]) == pytest.approx(1.0 if i == j else 0.0, abs=1e-9)


def test_projection_onto_three_vector_span():
    span = [[1, 1, 0, 0], [0, 1, 1, 0], [1, 0, 1, 0]]
    assert project_onto_span([4, -1, 2, 9], span) == pytest.approx([4, -1, 2, 0])
    assert project_onto_span([1, 2, 3, 4], [[1, 1, 1, 1]]) == pytest.approx([2.5] * 4)


def test_qr_values_and_triangularity():
    cols = [[1, 1, 0], [1, 0, 1], [0, 1, 1]]
    q, r = thin_qr(cols)
    assert r[0][0] == pytest.approx(math.sqrt(2))
    assert r[0][1] == pytest.approx(1 / math.sqrt(2))
    assert r[1][1] == pytest.approx(math.sqrt(1.5))
    assert r[2][2] == pytest.approx(2 / math.sqrt(3))
    assert r[1][0] == r[2][0] == r[2][1] == 0.0
    for j in range(3):
        rebuilt = [sum(q[k][i] * r[k][j] for k in range(3)) for i in range(3)]
        assert rebuilt == pytest.approx(cols[j])


def test_qr_rejects_dependent_columns():
    with pytest.raises(ValueError):
        thin_qr([[1, 2, 3], [0, 1, 0], [1, 3, 3]])


def test_tolerance_scales_with_input_length():
    assert rank([[1e6, 0, 0], [1e6, 1e-6, 0]]) == 1
    assert rank([[1e-6, 0], [0, 1e-6]]) == 2
