"""Roman numerals: reading, writing and checking that a numeral is written the standard way."""

from collections.abc import Iterator

SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def _symbol_values(text: str) -> Iterator[int]:
    for symbol in text.strip().upper():
        if symbol not in SYMBOLS:
            raise ValueError(f"not a roman numeral symbol: {symbol!r}")
        yield SYMBOLS[symbol]


def format_roman(number: int) -> str:
    if not 0 < number < 4000:
        raise ValueError(f"{number} cannot be written in roman numerals")
    parts = []
    for value, symbol in NUMERALS:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def parse_roman(text: str) -> int:
    """Value of a numeral; a symbol followed by a larger one (IV, XC, CM) is subtracted."""
    total = 0
    previous = 0
    for value in _symbol_values(text):
        if value > previous:
            total += value - previous
        else:
            total += value
        previous = value
    if total == 0:
        raise ValueError("empty numeral")
    return total


def is_standard(text: str) -> bool:
    """True if `text` is the usual way of writing its value (IIII, IC or VX are not)."""
    try:
        return format_roman(parse_roman(text)) == text.strip().upper()
    except ValueError:
        return False
