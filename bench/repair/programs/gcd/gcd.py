"""Greatest common divisor and fraction helpers."""


def gcd(a: int, b: int) -> int:
    """Euclid's algorithm; the result is never negative."""
    if b == 0:
        return abs(a)
    return gcd(a % b, b)


def lcm(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // gcd(a, b)


def reduce_fraction(numerator: int, denominator: int) -> tuple[int, int]:
    """Lowest terms with a positive denominator."""
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    divisor = gcd(numerator, denominator)
    numerator, denominator = numerator // divisor, denominator // divisor
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    return numerator, denominator
