"""Regular continued fractions of rationals, convergents and best approximations."""

import math
from fractions import Fraction


def expand(x):
    """Canonical terms [a0; a1, a2, ...] of a rational x (a1.. are positive)."""
    x = Fraction(x)
    terms = []
    while True:
        a = math.trunc(x)
        terms.append(a)
        rest = x - a
        if rest == 0:
            return terms
        x = 1 / rest


def evaluate(terms):
    """The rational number a continued fraction stands for."""
    value = Fraction(terms[-1])
    for a in reversed(terms[:-1]):
        value = a + 1 / value
    return value


def convergents(terms):
    """The successive convergents h_n / k_n of a continued fraction."""
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append(Fraction(h1, k1))
    return out


def best_approximation(x, max_den):
    """Closest fraction to x whose denominator is at most max_den."""
    x = Fraction(x)
    if x.denominator <= max_den:
        return x
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in expand(x):
        if a * k1 + k0 > max_den:
            t = (max_den - k0) // k1
            semi = Fraction(t * h1 + h0, t * k1 + k0)
            last = Fraction(h1, k1)
            return semi if abs(semi - x) < abs(last - x) else last
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
    return Fraction(h1, k1)
