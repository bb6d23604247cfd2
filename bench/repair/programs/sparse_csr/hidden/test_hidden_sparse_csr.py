import random

from sparse_csr import CsrMatrix


def _dense_matvec(rows, vector):
    return [sum(a * b for a, b in zip(row, vector)) for row in rows]


def test_row_of_ones_sums_the_vector():
    ones = CsrMatrix.from_dense([[1, 1, 1, 1, 1]])
    assert ones.matvec([1, 2, 3, 4, 5]) == [15]


def test_empty_rows_give_zero():
    matrix = CsrMatrix.from_dense([[0, 0], [0, 0], [1, 2]])
    assert matrix.matvec([10, 100]) == [0.0, 0.0, 210]


def test_transpose_then_matvec():
    rows = [[1, 2, 0], [0, 3, 4]]
    transposed = CsrMatrix.from_dense(rows).transpose()
    assert transposed.matvec([1, 10]) == [1, 32, 40]


def test_random_matrices_against_dense():
    rng = random.Random(41)
    for _ in range(200):
        n_rows, n_cols = rng.randint(1, 6), rng.randint(1, 6)
        rows = [[rng.choice([0, 0, 0, rng.randint(-5, 5)]) for _ in range(n_cols)]
                for _ in range(n_rows)]
        vector = [rng.randint(-4, 4) for _ in range(n_cols)]
        matrix = CsrMatrix.from_dense(rows)
        assert matrix.matvec(vector) == _dense_matvec(rows, vector)
        assert matrix.transpose().to_dense() == [list(col) for col in zip(*rows)]
