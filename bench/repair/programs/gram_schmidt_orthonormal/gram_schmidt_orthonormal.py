"""Modified Gram-Schmidt orthonormalization, span projection and thin QR on small dense vectors."""

import math
from typing import Sequence

Vector = list[float]


def dot(a: Sequence[float], b: Sequence[float]) -> float:
    return sum(x * y for x, y in zip(a, b))


def norm(a: Sequence[float]) -> float:
    return math.sqrt(dot(a, a))


def orthonormalize(vectors: Sequence[Sequence[float]], tol: float = 1e-10) -> list[Vector]:
    """Orthonormal basis of span(vectors), in input order; dependent vectors are skipped."""
    basis: list[Vector] = []
    for v in vectors:
        w = [float(x) for x in v]
        for q in basis:
            c = dot(w, q)
            w = [wi - c * qi for wi, qi in zip(v, q)]
        length = norm(w)
        if length > tol * max(1.0, norm(v)):
            basis.append([wi / length for wi in w])
    return basis


def rank(vectors: Sequence[Sequence[float]]) -> int:
    return len(orthonormalize(vectors))


def project_onto_span(x: Sequence[float], vectors: Sequence[Sequence[float]]) -> Vector:
    out = [0.0] * len(x)
    for q in orthonormalize(vectors):
        c = dot(x, q)
        out = [o + c * qi for o, qi in zip(out, q)]
    return out


def thin_qr(columns: Sequence[Sequence[float]]) -> tuple[list[Vector], list[Vector]]:
    """Factor A (given as its columns) into Q (orthonormal columns) and upper-triangular R."""
    q_cols = orthonormalize(columns)
    if len(q_cols) != len(columns):
        raise ValueError("columns are linearly dependent")
    n = len(columns)
    r = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i, n):
            r[i][j] = dot(q_cols[i], columns[j])
    return q_cols, r
