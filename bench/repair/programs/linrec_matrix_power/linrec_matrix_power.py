"""N-th term of a linear recurrence modulo m by fast matrix exponentiation.

The recurrence is f(n) = c[0]*f(n-1) + c[1]*f(n-2) + ... + c[k-1]*f(n-k),
with f(0), ..., f(k-1) given.
"""


def mat_mult(a, b, mod):
    inner, cols = len(b), len(b[0])
    return [[sum(row[t] * b[t][j] for t in range(inner)) % mod for j in range(cols)]
            for row in a]


def identity(size):
    return [[int(i == j) for j in range(size)] for i in range(size)]


def mat_pow(mat, e, mod):
    result = identity(len(mat))
    base = mat
    while e:
        if e & 1:
            result = mat_mult(result, base, mod)
        base = mat_mult(base, base, mod)
        e >>= 1
    return result


def companion(coeffs):
    """Matrix taking [f(n-1), ..., f(n-k)] to [f(n), ..., f(n-k+1)]."""
    k = len(coeffs)
    mat = [[0] * k for _ in range(k)]
    mat[0] = list(coeffs)
    for i in range(1, k):
        mat[i][i - 1] = 1
    return mat


def nth_term(coeffs, initial, n, mod):
    k = len(coeffs)
    if len(initial) != k:
        raise ValueError("need one initial value per coefficient")
    if n < k:
        return initial[n] % mod
    power = mat_pow(companion(coeffs), n - k, mod)
    state = [[v] for v in initial]
    return mat_mult(power, state, mod)[0][0]
