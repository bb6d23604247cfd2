"""Continued fractions of rationals, their convergents, and best rational approximations."""

from collections.abc import Iterable, Iterator
from math import gcd


def reduce(numerator: int, denominator: int) -> tuple[int, int]:
    """numerator/denominator in lowest terms, with a positive denominator."""
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    common = gcd(numerator, denominator)
    if denominator < 0:
        common = -common
    return numerator // common, denominator // common


def expand(numerator: int, denominator: int) -> Iterator[int]:
    """Terms [a0; a1, a2, ...] of numerator/denominator (Euclid's algorithm)."""
    numerator, denominator = reduce(numerator, denominator)
    while denominator:
        whole, rest = divmod(numerator, denominator)
        yield whole
        numerator, denominator = denominator, rest


def convergents(terms: Iterable[int]) -> Iterator[tuple[int, int]]:
    """Successive convergents (h, k) of the continued fraction with these terms."""
    h_before, h = 0, 1
    k_before, k = 0, 1
    for term in terms:
        h_before, h = h, term * h + h_before
        k_before, k = k, term * k + k_before
        yield h, k


def collapse(terms: Iterable[int]) -> tuple[int, int]:
    """The value of a finite continued fraction, as a reduced fraction."""
    value = None
    for value in convergents(terms):
        pass
    if value is None:
        raise ValueError("no terms")
    return value


def approximate(numerator: int, denominator: int, max_denominator: int) -> tuple[int, int]:
    """The last convergent of numerator/denominator whose denominator fits the limit."""
    if max_denominator < 1:
        raise ValueError("max_denominator must be at least 1")
    best = (numerator // denominator, 1)
    for h, k in convergents(expand(numerator, denominator)):
        if k > max_denominator:
            break
        best = (h, k)
    return best
