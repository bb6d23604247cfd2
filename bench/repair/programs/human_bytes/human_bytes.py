"""Human-readable byte sizes: format a byte count for a log line and parse one back."""

import re
from decimal import Decimal

BINARY_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]
DECIMAL_UNITS = ["B", "kB", "MB", "GB", "TB", "PB"]

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$")

_MULTIPLIERS: dict[str, int] = {"": 1, "b": 1}
for _power, _prefix in enumerate("kmgtp", start=1):
    _MULTIPLIERS[_prefix] = _MULTIPLIERS[_prefix + "b"] = 1000 ** _power
    _MULTIPLIERS[_prefix + "ib"] = 1024 ** _power


def format_size(count: int, binary: bool = True, precision: int = 1) -> str:
    """1536 -> '1.5 KiB'. Counts below one unit stay whole bytes ('999 B').

    The largest unit whose size is at most the count is used; past PiB the
    number simply grows.
    """
    if count < 0:
        return "-" + format_size(-count, binary, precision)
    base = 1024 if binary else 1000
    units = BINARY_UNITS if binary else DECIMAL_UNITS
    value = float(count)
    exponent = 0
    while value > base and exponent < len(units) - 1:
        value /= base
        exponent += 1
    if exponent == 0:
        return f"{count} B"
    return f"{value:.{precision}f} {units[exponent]}"


def parse_size(text: str) -> int:
    """'1.5 KiB' -> 1536, '2MB' -> 2000000, '512' -> 512; units are case-insensitive.

    'k', 'kb' are powers of 1000 and 'kib' powers of 1024. Fractional bytes are
    rounded to the nearest whole byte.
    """
    match = _SIZE.match(text)
    if match is None:
        raise ValueError(f"not a size: {text!r}")
    number, unit = match.groups()
    multiplier = _MULTIPLIERS.get(unit.lower())
    if multiplier is None:
        raise ValueError(f"unknown unit {unit!r} in {text!r}")
    return round(Decimal(number) * multiplier)


def total_size(sizes: list[str], binary: bool = True) -> str:
    """Sum several human-readable sizes and format the total."""
    return format_size(sum(parse_size(size) for size in sizes), binary)
