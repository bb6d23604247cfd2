"""Modular inverses and linear congruences via the extended Euclidean algorithm."""

from math import gcd


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """Return (g, x, y) with a*x + b*y == g == gcd(a, b)."""
    old_r, r = a, b
    old_x, x = 1, 0
    old_y, y = 0, 1
    while r:
        quotient = old_r // r
        old_r, r = r, old_r - quotient * r
        old_x, x = x, old_x + quotient * x
        old_y, y = y, old_y - quotient * y
    return old_r, old_x, old_y


def mod_inverse(a: int, modulus: int) -> int:
    """The x in [0, modulus) with a*x == 1 (mod modulus); ValueError if none exists."""
    if modulus < 1:
        raise ValueError("modulus must be positive")
    g, x, _ = extended_gcd(a % modulus, modulus)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {modulus}")
    return x % modulus


def solve_linear_congruence(a: int, b: int, modulus: int) -> list[int]:
    """All x in [0, modulus) with a*x == b (mod modulus), smallest first."""
    g = gcd(a, modulus)
    if b % g:
        return []
    reduced = modulus // g
    base = (b // g) * mod_inverse(a // g, reduced) % reduced
    return [base + k * reduced for k in range(g)]
