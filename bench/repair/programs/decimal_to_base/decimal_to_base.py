"""Base conversion of arbitrarily long decimal digit strings, using only small-int arithmetic."""

from collections.abc import Iterator

ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def normalize(decimal: str) -> str:
    return decimal.lstrip("0") or "0"


def divide_small(decimal: str, divisor: int) -> tuple[str, int]:
    """Long division of a decimal digit string by a small positive integer."""
    quotient: list[str] = []
    remainder = 0
    for digit in decimal:
        remainder = remainder * 10 + int(digit)
        quotient.append(str(remainder // divisor))
        remainder %= divisor
    return normalize("".join(quotient)), remainder


def multiply_add(decimal: str, factor: int, addend: int) -> str:
    """decimal * factor + addend, on a decimal digit string."""
    digits: list[str] = []
    carry = addend
    for digit in reversed(decimal):
        carry, low = divmod(int(digit) * factor + carry, 10)
        digits.append(str(low))
    while carry:
        carry, low = divmod(carry, 10)
        digits.append(str(low))
    return normalize("".join(reversed(digits)))


def remainders(decimal: str, base: int) -> Iterator[int]:
    """The digits of the number in `base`, least significant first."""
    decimal = normalize(decimal)
    while decimal != "0":
        decimal, remainder = divide_small(decimal, base)
        yield remainder


def _check_base(base: int) -> None:
    if not 2 <= base <= len(ALPHABET):
        raise ValueError(f"base must be between 2 and {len(ALPHABET)}, got {base}")


def to_base(decimal: str, base: int) -> str:
    _check_base(base)
    converted = ""
    for remainder in remainders(decimal, base):
        converted = converted + ALPHABET[remainder]
    return converted or "0"


def from_base(text: str, base: int) -> str:
    _check_base(base)
    decimal = "0"
    for char in text.lower():
        value = ALPHABET.find(char)
        if not 0 <= value < base:
            raise ValueError(f"invalid digit {char!r} for base {base}")
        decimal = multiply_add(decimal, base, value)
    return decimal
