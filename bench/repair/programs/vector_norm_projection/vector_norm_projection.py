"""Vector norms, projections and angles for small dense vectors."""

import math
from typing import Sequence

Vector = list[float]


def dot(a: Sequence[float], b: Sequence[float]) -> float:
    if len(a) != len(b):
        raise ValueError("vectors must have the same length")
    return sum(x * y for x, y in zip(a, b))


def p_norm(v: Sequence[float], p: float = 2) -> float:
    """The L-p norm; p may be math.inf for the max norm."""
    if p == math.inf:
        return max((abs(x) for x in v), default=0.0)
    if p < 1:
        raise ValueError("p must be >= 1")
    return sum(abs(x) ** p for x in v) ** (1.0 / p)


def normalized(v: Sequence[float], p: float = 2) -> Vector:
    n = p_norm(v, p)
    if n == 0:
        raise ValueError("cannot normalize the zero vector")
    return [x / n for x in v]


def project(a: Sequence[float], onto: Sequence[float]) -> Vector:
    """The component of a along onto."""
    denom = dot(onto, onto)
    if denom == 0:
        raise ValueError("cannot project onto the zero vector")
    scale = dot(a, onto) / denom
    return [scale * x for x in onto]


def reject(a: Sequence[float], onto: Sequence[float]) -> Vector:
    """The component of a orthogonal to onto."""
    return [x - y for x, y in zip(a, project(a, onto))]


def angle(a: Sequence[float], b: Sequence[float]) -> float:
    """Angle between a and b in radians, in [0, pi]."""
    na, nb = p_norm(a), p_norm(b)
    if na == 0 or nb == 0:
        raise ValueError("angle with the zero vector is undefined")
    cos = dot(a, b) / (na * nb)
    return math.acos(cos)


def distance(a: Sequence[float], b: Sequence[float], p: float = 2) -> float:
    return p_norm([x - y for x, y in zip(a, b)], p)
