"""Modular arithmetic helpers: extended Euclid, modular inverse, Chinese remainder theorem."""

from math import gcd, prod


def extended_gcd(a: int, b: int) -> tuple[int, int, int]:
    """Return (g, x, y) with a*x + b*y == g == gcd(a, b)."""
    old_r, r = a, b
    old_x, x = 1, 0
    old_y, y = 0, 1
    while r:
        quotient = old_r // r
        old_r, r = r, old_r - quotient * r
        old_x, x = x, old_x - quotient * x
        old_y, y = y, old_y - quotient * y
    return old_r, old_x, old_y


def mod_inverse(a: int, modulus: int) -> int:
    g, x, _ = extended_gcd(a % modulus, modulus)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {modulus}")
    return x % modulus


def crt(residues: list[int], moduli: list[int]) -> tuple[int, int]:
    """Solve x = r_i (mod m_i) for pairwise coprime m_i.

    Returns (x, M): the unique solution with 0 <= x < M, where M is the product of the moduli.
    """
    if len(residues) != len(moduli):
        raise ValueError("need one residue per modulus")
    for i, first in enumerate(moduli):
        for second in moduli[i + 1:]:
            if gcd(first, second) != 1:
                raise ValueError(f"moduli {first} and {second} are not coprime")
    total_modulus = prod(moduli)
    solution = 0
    for residue, modulus in zip(residues, moduli, strict=True):
        others = total_modulus // modulus
        solution = residue * others * mod_inverse(others, modulus)
    return solution % total_modulus, total_modulus
