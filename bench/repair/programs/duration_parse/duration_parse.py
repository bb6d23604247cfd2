"""Parse human-written durations such as "1h30m", "2d 4h", "1.5h" or "-90s" into seconds."""

import re

UNIT_SECONDS: dict[str, float] = {
    "ms": 0.001,
    "s": 1,
    "sec": 1,
    "m": 60,
    "min": 60,
    "h": 3600,
    "hr": 3600,
    "d": 86400,
    "w": 604800,
}

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")
_SEPARATORS = " ,"


def _signed(text: str) -> tuple[int, str]:
    text = text.strip().lower()
    if text.startswith("-"):
        return -1, text[1:].lstrip()
    if text.startswith("+"):
        return 1, text[1:].lstrip()
    return 1, text


def parse_duration(text: str) -> float:
    """Seconds in `text`; a bare number is taken as seconds."""
    sign, body = _signed(text)
    if _NUMBER.fullmatch(body):
        return sign * float(body)
    total = 0.0
    position = 0
    for match in _PART.finditer(body):
        if body[position:match.start()].strip(_SEPARATORS):
            raise ValueError(f"cannot parse duration {text!r}")
        amount, unit = match.groups()
        if unit not in UNIT_SECONDS:
            raise ValueError(f"unknown unit {unit!r} in {text!r}")
        total = float(amount) * UNIT_SECONDS[unit]
        position = match.end()
    if position == 0 or body[position:].strip(_SEPARATORS):
        raise ValueError(f"cannot parse duration {text!r}")
    return sign * total


def parse_timeout(value: str | float | None, default: float) -> float:
    """Timeouts from config files: numbers as seconds, strings parsed, None for the default."""
    if value is None:
        return default
    if isinstance(value, (int, float)):
        return float(value)
    return parse_duration(value)
