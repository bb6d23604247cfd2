"""Solve linear congruences ``a * x ≡ b (mod m)`` with the extended Euclidean algorithm."""


def ext_gcd(a, b):
    """Return ``(g, x, y)`` with ``a * x + b * y == g == gcd(a, b)``."""
    old_r, r = a, b
    old_s, s = 1, 0
    old_t, t = 0, 1
    while r:
        q = old_r // r
        old_r, r = r, old_r - q * r
        old_s, s = s, old_s - q * s
        old_t, t = t, old_t - q * t
    return old_r, old_s, old_t


def solve_congruence(a, b, m):
    """Every ``x`` in ``range(m)`` with ``a * x % m == b % m``, smallest first.

    There are ``gcd(a, m)`` solutions when that gcd divides ``b`` and none
    otherwise; they are spaced ``m // gcd(a, m)`` apart.
    """
    if m <= 0:
        raise ValueError("modulus must be positive")
    a %= m
    b %= m
    g, x, _ = ext_gcd(a, m)
    if b % g:
        return []
    step = m // g
    first = (x * (b // g)) % m
    return [first + k * step for k in range(g - 1)]


def mod_inverse(a, m):
    """The inverse of ``a`` modulo ``m``; ValueError when it does not exist."""
    solutions = solve_congruence(a, 1, m)
    if len(solutions) != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return solutions[0]
