"""Exact rational numbers, always kept in lowest terms with a positive denominator."""

from __future__ import annotations

from math import gcd


class Rational:
    __slots__ = ("den", "num")

    def __init__(self, num: int, den: int = 1) -> None:
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        common = gcd(num, den)
        self.num = num // common
        self.den = den // common

    @classmethod
    def parse(cls, text: str) -> Rational:
        top, _, bottom = text.strip().partition("/")
        return cls(int(top), int(bottom) if bottom else 1)

    def __neg__(self) -> Rational:
        return Rational(-self.num, self.den)

    def __add__(self, other: Rational) -> Rational:
        return Rational(self.num * other.den + other.num, self.den * other.den)

    def __sub__(self, other: Rational) -> Rational:
        return self + -other

    def __mul__(self, other: Rational) -> Rational:
        return Rational(self.num * other.num, self.den * other.den)

    def __truediv__(self, other: Rational) -> Rational:
        if other.num == 0:
            raise ZeroDivisionError("division by zero")
        return Rational(self.num * other.den, self.den * other.num)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rational):
            return NotImplemented
        return (self.num, self.den) == (other.num, other.den)

    def __lt__(self, other: Rational) -> bool:
        return self.num * other.den < other.num * self.den

    def __hash__(self) -> int:
        return hash((self.num, self.den))

    def __float__(self) -> float:
        return self.num / self.den

    def __repr__(self) -> str:
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


def harmonic(n: int) -> Rational:
    """1 + 1/2 + ... + 1/n, exactly."""
    total = Rational(0)
    for k in range(1, n + 1):
        total = total + Rational(1, k)
    return total
