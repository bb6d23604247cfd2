"""Parse CSS colour values into (red, green, blue, alpha): channels 0-255, alpha 0-1."""

import re

Color = tuple[int, int, int, float]

NAMED: dict[str, Color] = {
    "black": (0, 0, 0, 1.0),
    "white": (255, 255, 255, 1.0),
    "red": (255, 0, 0, 1.0),
    "green": (0, 128, 0, 1.0),
    "blue": (0, 0, 255, 1.0),
    "transparent": (0, 0, 0, 0.0),
}
HEX_DIGITS = set("0123456789abcdef")
FUNCTION = re.compile(r"(rgba?)\((.*)\)")


def _from_hex(digits: str) -> Color:
    """#rgb, #rgba, #rrggbb or #rrggbbaa."""
    if len(digits) == 3:
        digits = "".join(digit * 2 for digit in digits)
    if len(digits) not in (6, 8) or not set(digits) <= HEX_DIGITS:
        raise ValueError(f"bad hex colour #{digits}")
    red, green, blue, *rest = (int(digits[i:i + 2], 16) for i in range(0, len(digits), 2))
    alpha = round(rest[0] / 255, 3) if rest else 1.0
    return red, green, blue, alpha


def _channel(text: str) -> int:
    """A number 0-255 or a percentage; out-of-range values are clamped."""
    value = float(text[:-1]) * 255 if text.endswith("%") else float(text)
    return min(max(round(value), 0), 255)


def _alpha(text: str) -> float:
    value = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    return min(max(value, 0.0), 1.0)


def parse_color(text: str) -> Color:
    """rgb(255, 0, 0), rgba(0 0 0 / 50%), #f00, #ff000080, or a few named colours."""
    value = text.strip().lower()
    if value.startswith("#"):
        return _from_hex(value[1:])
    if value in NAMED:
        return NAMED[value]
    match = FUNCTION.fullmatch(value)
    if not match:
        raise ValueError(f"unrecognised colour {text!r}")
    parts = match.group(2).replace(",", " ").replace("/", " ").split()
    if len(parts) not in (3, 4):
        raise ValueError(f"{match.group(1)}() takes 3 or 4 values: {text!r}")
    red, green, blue = (_channel(part) for part in parts[:3])
    alpha = _alpha(parts[3]) if len(parts) == 4 else 1.0
    return red, green, blue, alpha


def to_hex(color: Color) -> str:
    """#rrggbb, or #rrggbbaa when not fully opaque."""
    red, green, blue, alpha = color
    text = f"#{red:02x}{green:02x}{blue:02x}"
    return text if alpha == 1.0 else text + f"{round(alpha * 255):02x}"
