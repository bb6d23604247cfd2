"""Dominant eigenpairs of small symmetric matrices by power iteration with Hotelling deflation."""

import math
from dataclasses import dataclass

Matrix = list[list[float]]


@dataclass
class EigenPair:
    value: float
    vector: list[float]
    iterations: int
    converged: bool


def _matvec(m: Matrix, v: list[float]) -> list[float]:
    return [sum(a * b for a, b in zip(row, v)) for row in m]


def _unit(v: list[float]) -> list[float]:
    n = math.sqrt(sum(x * x for x in v))
    return [x / n for x in v]


def _fix_sign(v: list[float]) -> list[float]:
    """Make the largest-magnitude component positive so results are deterministic."""
    big = max(v, key=abs)
    return [-x for x in v] if big < 0 else v


def power_iteration(m: Matrix, tol: float = 1e-10, max_iter: int = 5000) -> EigenPair:
    """Dominant eigenpair; converged once the unit vector moves by at most tol."""
    n = len(m)
    scale = max((abs(x) for row in m for x in row), default=0.0)
    v = _unit([1.0 + 0.1 * i for i in range(n)])
    for it in range(1, max_iter + 1):
        w = _matvec(m, v)
        if math.sqrt(sum(x * x for x in w)) <= 1e-12 * max(scale, 1.0):
            return EigenPair(0.0, _fix_sign(v), it, True)
        w = _fix_sign(_unit(w))
        done = max(abs(a - b) for a, b in zip(w, v)) <= tol
        v = w
        if done:
            break
    value = sum(a * b for a, b in zip(v, _matvec(m, v)))
    return EigenPair(value, v, it, done)


def deflate(m: Matrix, pair: EigenPair) -> Matrix:
    """Remove an eigenpair from a symmetric matrix: M - value * v v^T."""
    v = pair.vector
    return [[m[i][j] + pair.value * v[i] * v[j] for j in range(len(m))] for i in range(len(m))]


def top_eigenpairs(m: Matrix, k: int, **kwargs) -> list[EigenPair]:
    pairs = []
    current = [list(map(float, row)) for row in m]
    for _ in range(k):
        pair = power_iteration(current, **kwargs)
        pairs.append(pair)
        current = deflate(current, pair)
    return pairs
