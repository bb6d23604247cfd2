"""Parse and format ISO 8601 durations such as ``P1DT2H30M`` or ``PT0.5S``.

Years and months use fixed lengths (365 and 30 days); ``M`` means months
before the ``T`` separator and minutes after it.
"""

DAY = 86400
_DATE_UNITS = {"Y": 365 * DAY, "M": 30 * DAY, "W": 7 * DAY, "D": DAY}
_TIME_UNITS = {"H": 3600, "M": 60, "S": 1}


def parse_duration(text):
    """Return the number of seconds in an ISO 8601 duration string."""
    if not text.startswith("P"):
        raise ValueError(f"not an ISO 8601 duration: {text!r}")
    units = _DATE_UNITS
    number = ""
    total = 0.0
    seen_unit = False
    for ch in text[1:]:
        if ch == "T":
            if units is _TIME_UNITS or number:
                raise ValueError(f"misplaced T in {text!r}")
            units = _TIME_UNITS
            seen_unit = False
        elif ch.isdigit() or ch in ".,":
            number += "." if ch == "," else ch
        elif ch in units:
            if not number:
                raise ValueError(f"unit {ch} without a number in {text!r}")
            total += float(number) * units[ch]
            number = ""
            seen_unit = True
        else:
            raise ValueError(f"unexpected {ch!r} in {text!r}")
    if number or not seen_unit:
        raise ValueError(f"incomplete duration: {text!r}")
    return total


def format_duration(seconds):
    """Format whole seconds as ``PnDTnHnMnS``, leaving out zero parts."""
    seconds = int(seconds)
    if seconds < 0:
        raise ValueError("negative durations are not supported")
    if seconds == 0:
        return "PT0S"
    days, rem = divmod(seconds, DAY)
    hours, rem = divmod(seconds, 3600)
    minutes, secs = divmod(seconds, 60)
    out = "P"
    if days:
        out += f"{days}D"
    time_part = ""
    for value, unit in ((hours, "H"), (minutes, "M"), (secs, "S")):
        if value:
            time_part += f"{value}{unit}"
    if time_part:
        out += "T" + time_part
    return out
