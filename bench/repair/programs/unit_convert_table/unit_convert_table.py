"""Convert quantities between units through a table of factors to each dimension's base unit."""

from typing import NamedTuple


class Unit(NamedTuple):
    dimension: str
    factor: float  # base units in one of this unit
    offset: float = 0.0  # added after scaling (temperature scales)


UNITS: dict[str, Unit] = {
    "mm": Unit("length", 0.001),
    "cm": Unit("length", 0.01),
    "m": Unit("length", 1.0),
    "km": Unit("length", 1000.0),
    "in": Unit("length", 0.0254),
    "ft": Unit("length", 0.3048),
    "mi": Unit("length", 1609.344),
    "g": Unit("mass", 0.001),
    "kg": Unit("mass", 1.0),
    "t": Unit("mass", 1000.0),
    "oz": Unit("mass", 0.028349523125),
    "lb": Unit("mass", 0.45359237),
    "K": Unit("temperature", 1.0),
    "degC": Unit("temperature", 1.0, 273.15),
    "degF": Unit("temperature", 5 / 9, 459.67 * 5 / 9),
}


def lookup(name: str) -> Unit:
    try:
        return UNITS[name]
    except KeyError:
        raise ValueError(f"unknown unit {name!r}") from None


def convert(value: float, source: str, target: str) -> float:
    src, dst = lookup(source), lookup(target)
    if src.dimension != dst.dimension:
        raise ValueError(f"cannot convert {src.dimension} ({source}) to {dst.dimension} ({target})")
    base = value * src.factor + src.offset
    return (base - dst.offset) / dst.factor


def parse_quantity(text: str) -> tuple[float, str]:
    """'12.5 km' -> (12.5, 'km')."""
    parts = text.split()
    if len(parts) != 2:
        raise ValueError(f"expected '<number> <unit>', got {text!r}")
    lookup(parts[1])
    return float(parts[0]), parts[1]


def humanize(value: float, unit: str, candidates: list[str]) -> tuple[float, str]:
    """Express value in the largest candidate unit in which its magnitude is at least 1.

    Falls back to the smallest candidate for values below 1 in all of them. Results are
    rounded to 12 places so that 12 in comes out as 1 ft, not 0.9999999999999998.
    """
    ranked = sorted(candidates, key=lambda name: lookup(name).factor, reverse=True)
    for name in ranked:
        converted = round(convert(value, unit, name), 12)
        if abs(converted) > 1:
            return converted, name
    return round(convert(value, unit, ranked[-1]), 12), ranked[-1]
