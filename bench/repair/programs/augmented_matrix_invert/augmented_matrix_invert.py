"""Small dense matrix helpers: products, identity and Gauss-Jordan inversion."""


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def mat_mul(a, b):
    """Product of an (n x m) and an (m x p) matrix given as lists of rows."""
    if not a or not b or len(a[0]) != len(b):
        raise ValueError("incompatible shapes")
    inner = len(a)
    return [
        [sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(len(b[0]))]
        for i in range(len(a))
    ]


def _pivot_row(rows, col):
    """Row at or below `col` whose entry in column `col` is largest in magnitude."""
    return max(range(col, len(rows)), key=lambda r: rows[r][col])


def invert(matrix, eps=1e-12):
    """Inverse of a square matrix by Gauss-Jordan elimination with partial pivoting."""
    n = len(matrix)
    if n == 0 or any(len(row) != n for row in matrix):
        raise ValueError("matrix must be square and non-empty")
    aug = [[float(v) for v in row] + ident for row, ident in zip(matrix, identity(n))]
    for col in range(n):
        pivot = _pivot_row(aug, col)
        if abs(aug[pivot][col]) < eps:
            raise ValueError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        scale = aug[col][col]
        aug[col] = [v / scale for v in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != 0:
                factor = aug[r][col]
                aug[r] = [x - factor * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
