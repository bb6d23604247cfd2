import pytest

from sparse_csr import CsrMatrix

DENSE = [
    [4.0, 0.0, 0.0, 1.0],
    [0.0, 0.0, 0.0, 0.0],
    [0.0, 2.0, 3.0, 0.0],
]


def test_from_dense_keeps_only_nonzeros():
    matrix = CsrMatrix.from_dense(DENSE)
    assert matrix.nnz == 4
    assert matrix.row_start == [0, 2, 2, 4]
    assert matrix.get(2, 2) == 3.0
    assert matrix.get(1, 3) == 0.0


def test_round_trip_to_dense():
    assert CsrMatrix.from_dense(DENSE).to_dense() == DENSE


def test_transpose():
    transposed = CsrMatrix.from_dense(DENSE).transpose()
    assert (transposed.n_rows, transposed.n_cols) == (4, 3)
    assert transposed.to_dense() == [list(column) for column in zip(*DENSE)]


def test_matvec_with_diagonal_matrix():
    diagonal = CsrMatrix.from_dense([[2.0, 0.0], [0.0, -1.0]])
    assert diagonal.matvec([3.0, 5.0]) == [6.0, -5.0]


def test_matvec():
    assert CsrMatrix.from_dense(DENSE).matvec([1.0, 1.0, 2.0, 3.0]) == [7.0, 0.0, 8.0]


def test_matvec_checks_length():
    with pytest.raises(ValueError):
        CsrMatrix.from_dense(DENSE).matvec([1.0, 2.0])
