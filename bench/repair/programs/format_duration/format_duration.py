"""Human-readable durations ("1d 2h 5m 30s") and back."""

import re

UNITS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
TOKEN = re.compile(r"(\d+)\s*([dhms])")


def format_duration(total_seconds: int, largest_units: int = 4) -> str:
    """Format a number of seconds, showing at most `largest_units` non-zero units."""
    if total_seconds < 0:
        raise ValueError("duration must not be negative")
    minutes, seconds = divmod(total_seconds, 60)
    minutes, hours = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    parts = [
        f"{value}{unit}"
        for value, unit in ((days, "d"), (hours, "h"), (minutes, "m"), (seconds, "s"))
        if value
    ]
    return " ".join(parts[:largest_units]) or "0s"


def parse_duration(text: str) -> int:
    """Inverse of format_duration: "1h 30m" -> 5400."""
    cleaned = text.strip().lower()
    tokens = TOKEN.findall(cleaned)
    if not tokens or TOKEN.sub("", cleaned).strip():
        raise ValueError(f"not a duration: {text!r}")
    return sum(int(amount) * UNITS[unit] for amount, unit in tokens)
