"""Polynomial arithmetic over the rationals. Coefficient lists are lowest degree first."""

from collections.abc import Sequence
from fractions import Fraction

Poly = list[Fraction]


def normalize(coefficients: Sequence[int | Fraction]) -> Poly:
    poly = [Fraction(c) for c in coefficients]
    while poly and poly[-1] == 0:
        poly.pop()
    return poly


def evaluate(poly: Sequence[int | Fraction], x: int | Fraction) -> Fraction:
    result = Fraction(0)
    for coefficient in reversed(poly):
        result = result * x + coefficient
    return result


def multiply(p: Sequence[int | Fraction], q: Sequence[int | Fraction]) -> Poly:
    a, b = normalize(p), normalize(q)
    if not a or not b:
        return []
    product = [Fraction(0)] * (len(a) + len(b) - 1)
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            product[i + j] += x * y
    return product


def poly_divmod(
    dividend: Sequence[int | Fraction], divisor: Sequence[int | Fraction]
) -> tuple[Poly, Poly]:
    """Quotient and remainder, with deg(remainder) < deg(divisor)."""
    num, den = normalize(dividend), normalize(divisor)
    if not den:
        raise ZeroDivisionError("polynomial division by zero")
    if len(num) < len(den):
        return [], num
    quotient = [Fraction(0)] * (len(num) - len(den) + 1)
    remainder = list(num)
    for shift in range(len(num) - len(den), 0, -1):
        factor = remainder[shift + len(den) - 1] / den[-1]
        quotient[shift] = factor
        for i, coefficient in enumerate(den):
            remainder[shift + i] -= factor * coefficient
    return normalize(quotient), normalize(remainder[: len(den) - 1])


def poly_gcd(p: Sequence[int | Fraction], q: Sequence[int | Fraction]) -> Poly:
    """Monic greatest common divisor (empty list when both are zero)."""
    a, b = normalize(p), normalize(q)
    while b:
        a, b = b, poly_divmod(a, b)[1]
    return [c / a[-1] for c in a] if a else []
