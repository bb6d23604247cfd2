"""One row of Pascal's triangle modulo a prime, without building the rows above it."""


def pascal_row_mod(n: int, p: int) -> list[int]:
    """[C(n, 0) % p, ..., C(n, n) % p] from C(n, k) = C(n, k - 1) * (n - k + 1) / k.

    k may be a multiple of p, which has no inverse mod p, so factors of p are kept
    out of `unit` and counted in `power` (the exponent of p in C(n, k)) instead.
    """
    if n < 0 or p < 2:
        raise ValueError("need n >= 0 and a prime p")
    row = [1]
    unit, power = 1, 0
    for k in range(1, n):
        top, bottom = n - k + 1, k
        while top % p == 0:
            top //= p
            power += 1
        while bottom % p == 0:
            bottom //= p
        unit = unit * top * pow(bottom, -1, p) % p
        row.append(unit if power == 0 else 0)
    return row


def count_divisible(n: int, p: int) -> int:
    """How many entries of row n are multiples of p."""
    return sum(1 for value in pascal_row_mod(n, p) if value == 0)


def rows_without_multiples(limit: int, p: int) -> list[int]:
    """The rows n < limit in which p divides no entry."""
    return [n for n in range(limit) if count_divisible(n, p) == 0]
