"""Integers to and from bases 2..36 (short ids, debug dumps, user-typed literals)."""

from collections.abc import Iterator

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _check_base(base: int) -> None:
    if not 2 <= base <= len(DIGITS):
        raise ValueError(f"base must be in 2..{len(DIGITS)}, got {base}")


def parse(text: str, base: int) -> int:
    """Parse an optionally signed number such as "-ff" or "+1010"; case-insensitive."""
    _check_base(base)
    text = text.strip().lower()
    sign = -1 if text.startswith("-") else 1
    body = text[1:] if text[:1] in "+-" else text
    if not body:
        raise ValueError(f"no digits in {text!r}")
    value = 0
    for char in text:
        digit = DIGITS.find(char)
        if digit < 0 or digit >= base:
            raise ValueError(f"invalid digit {char!r} for base {base}")
        value = value * base + digit
    return sign * value


def _digits_low_first(value: int, base: int) -> Iterator[str]:
    while True:
        value, remainder = divmod(value, base)
        yield DIGITS[remainder]
        if value == 0:
            return


def format_int(value: int, base: int) -> str:
    _check_base(base)
    digits = "".join(_digits_low_first(abs(value), base))[::-1]
    return "-" + digits if value < 0 else digits


def convert(text: str, from_base: int, to_base: int) -> str:
    return format_int(parse(text, from_base), to_base)
