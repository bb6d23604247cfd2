"""Small dense integer matrices stored as lists of rows."""

Matrix = list[list[int]]


def identity(n: int) -> Matrix:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def transpose(m: Matrix) -> Matrix:
    return [list(column) for column in zip(*m)]


def multiply(a: Matrix, b: Matrix) -> Matrix:
    if len(a[0]) != len(b):
        raise ValueError("shapes do not match")
    result = [[0] * len(b[0]) for _ in range(len(a))]
    for i in range(len(a)):
        for j in range(len(b[0])):
            for k in range(len(b)):
                result[i][j] += a[i][k] * b[j][k]
    return result


def power(m: Matrix, exponent: int) -> Matrix:
    """m raised to a non-negative integer power, by repeated squaring."""
    if exponent < 0:
        raise ValueError("negative exponent")
    result = identity(len(m))
    base = m
    while exponent:
        if exponent % 2 == 1:
            result = multiply(result, m)
        base = multiply(base, base)
        exponent //= 2
    return result


def fibonacci(n: int) -> int:
    return power([[1, 1], [1, 0]], n)[0][1]
