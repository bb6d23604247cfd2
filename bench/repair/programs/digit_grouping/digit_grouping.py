"""Human-readable numbers with thousands separators, and parsing them back."""

import re
from decimal import ROUND_HALF_UP, Decimal


def group_thousands(whole: int, sep: str = ",") -> str:
    """12345678 -> "12,345,678" (for non-negative integers)."""
    if whole < 0:
        raise ValueError("group_thousands takes a non-negative integer")
    text = ""
    while whole >= 1000:
        whole, chunk = divmod(whole, 1000)
        text = text + f"{sep}{chunk:03d}"
    return f"{whole}{text}"


def format_number(
    value: int | float | str | Decimal, decimals: int = 0, sep: str = ",", point: str = "."
) -> str:
    """format_number(-1234.5, 2) == "-1,234.50"; halves round away from zero."""
    quantum = Decimal(1).scaleb(-decimals)
    amount = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if amount < 0 else ""
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    grouped = group_thousands(int(whole), sep)
    return f"{sign}{grouped}{point}{fraction}" if fraction else f"{sign}{grouped}"


def parse_number(text: str, sep: str = ",", point: str = ".") -> Decimal:
    """Inverse of format_number; separators must sit between groups of three digits."""
    grouped = rf"\d{{1,3}}(?:{re.escape(sep)}\d{{3}})*|\d+"
    pattern = rf"(-?)({grouped})(?:{re.escape(point)}(\d+))?"
    match = re.fullmatch(pattern, text.strip())
    if match is None:
        raise ValueError(f"not a number with {sep!r} separators: {text!r}")
    sign, whole, fraction = match.groups()
    digits = whole.replace(sep, "") + (f".{fraction}" if fraction else "")
    return Decimal(sign + digits)
