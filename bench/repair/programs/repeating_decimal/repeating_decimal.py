"""Exact decimal expansion of a fraction, with the repeating part in parentheses."""

from fractions import Fraction


def _expand(remainder: int, denominator: int) -> tuple[str, int | None]:
    """Digits after the point of remainder/denominator, and where the cycle starts (if any)."""
    digits: list[str] = []
    position: dict[int, int] = {}
    while remainder and remainder not in position:
        position[remainder] = len(digits)
        digit, remainder = divmod(remainder * 10, denominator)
        digits.append(str(digit))
    return "".join(digits), position.get(remainder) if remainder else None


def to_decimal(numerator: int, denominator: int) -> str:
    """1/3 -> '0.(3)', -7/12 -> '-0.58(3)', 10/4 -> '2.5', 6/3 -> '2'."""
    if denominator == 0:
        raise ZeroDivisionError("denominator is zero")
    sign = "-" if numerator * denominator < 0 else ""
    whole, remainder = divmod(abs(numerator), abs(denominator))
    if remainder == 0:
        return sign + str(whole)
    fraction, cycle_start = _expand(remainder, abs(denominator))
    if cycle_start is not None:
        fraction = f"{fraction[:cycle_start]}({fraction[cycle_start:]})"
    return str(whole) + "." + fraction


def period(denominator: int) -> int:
    """Length of the repeating cycle of 1/denominator (0 if the expansion terminates)."""
    fraction, cycle_start = _expand(1 % denominator, denominator)
    return 0 if cycle_start is None else len(fraction) - cycle_start


def from_decimal(text: str) -> Fraction:
    """Inverse of to_decimal."""
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    fixed, _, cycle = fraction.rstrip(")").partition("(")
    value = Fraction(int(whole + fixed or "0"), 10 ** len(fixed))
    if cycle:
        value += Fraction(int(cycle), (10 ** len(cycle) - 1) * 10 ** len(fixed))
    return -value if negative else value
