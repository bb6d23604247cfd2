"""Normalise quantities such as ``"2.5 kg"`` or ``"12in"`` found in extracted data.

Every unit belongs to a dimension and has a factor that converts it to the
dimension's base unit (grams, metres).  ``normalize`` parses a quantity
string and expresses it in any unit of the same dimension.
"""

import re

UNITS = {
    "mg": ("mass", 0.001),
    "g": ("mass", 1.0),
    "kg": ("mass", 1000.0),
    "oz": ("mass", 28.349523125),
    "lb": ("mass", 453.59237),
    "mm": ("length", 0.001),
    "cm": ("length", 0.01),
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "in": ("length", 0.0254),
    "ft": ("length", 0.3048),
}
ALIASES = {"lbs": "lb", "pounds": "lb", "grams": "g", "inch": "in", "inches": "in", "feet": "ft"}
_QUANTITY = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*([A-Za-z]+)\s*$")


def parse_quantity(text):
    """Return ``(number, unit)`` with the unit in its canonical spelling."""
    match = _QUANTITY.match(text)
    if not match:
        raise ValueError(f"cannot parse quantity {text!r}")
    number = float(match.group(1).replace(",", "."))
    unit = match.group(2).lower()
    unit = ALIASES.get(unit, unit)
    if unit not in UNITS:
        raise ValueError(f"unknown unit {match.group(2)!r}")
    return number, unit


def convert(number, unit, target):
    source_dim, source_factor = UNITS[unit]
    target_dim, target_factor = UNITS[target]
    if source_dim != target_dim:
        raise ValueError(f"cannot convert {source_dim} ({unit}) to {target_dim} ({target})")
    base = number * source_factor
    return base * target_factor


def normalize(text, target, digits=3):
    """Parse ``text`` and return its value in ``target`` units, rounded."""
    number, unit = parse_quantity(text)
    return round(convert(number, unit, ALIASES.get(target, target)), digits)


def normalize_column(values, target, digits=3):
    """Normalise a column; unparsable cells become ``None``."""
    out = []
    for value in values:
        try:
            out.append(normalize(value, target, digits))
        except ValueError:
            out.append(None)
    return out
