"""Integer <-> text conversion in any base from 2 to 36."""

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _check_base(base: int) -> None:
    if not 2 <= base <= 36:
        raise ValueError(f"base must be between 2 and 36, got {base}")


def to_base(number: int, base: int) -> str:
    """to_base(255, 16) == 'ff', to_base(-5, 2) == '-101'."""
    _check_base(base)
    if number == 0:
        return "0"
    sign = "-" if number < 0 else ""
    number = abs(number)
    digits = ""
    while number:
        number, remainder = divmod(number, base)
        digits = digits + DIGITS[remainder]
    return sign + digits


def from_base(text: str, base: int) -> int:
    """Inverse of to_base; accepts upper-case digits, a sign and surrounding spaces."""
    _check_base(base)
    text = text.strip().lower()
    sign = -1 if text.startswith("-") else 1
    text = text.removeprefix("-") if sign < 0 else text.removeprefix("+")
    if not text:
        raise ValueError("no digits")
    value = 0
    for char in text:
        digit = DIGITS.find(char)
        if not 0 <= digit < base:
            raise ValueError(f"invalid digit {char!r} for base {base}")
        value = value * base + digit
    return sign * value
