"""Parse five-field cron expressions ("*/15 9-17 * * 1-5") and match datetimes."""

FIELDS = ["minute", "hour", "day", "month", "weekday"]
BOUNDS = {
    "minute": (0, 59),
    "hour": (0, 23),
    "day": (1, 31),
    "month": (1, 12),
    "weekday": (0, 6),  # 0 = Sunday
}


def expand_field(text, field):
    """Sorted list of the values one cron field matches."""
    lo, hi = BOUNDS[field]
    values = set()
    for part in text.split(","):
        step = 1
        stepped = "/" in part
        if stepped:
            part, step_text = part.split("/", 1)
            step = int(step_text)
            if step <= 0:
                raise ValueError(f"bad step in {text!r}")
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            first, last = part.split("-", 1)
            start, end = int(first), int(last)
        else:
            start = int(part)
            end = hi if stepped else start
        if start < lo or end > hi or start > end:
            raise ValueError(f"{part!r} is out of range for {field}")
        values.update(range(start, end, step))
    return sorted(values)


def parse_cron(expr):
    parts = expr.split()
    if len(parts) != len(FIELDS):
        raise ValueError(f"expected {len(FIELDS)} fields, got {len(parts)}")
    return {name: expand_field(part, name) for name, part in zip(FIELDS, parts)}


def matches(schedule, when):
    """True if the datetime `when` is a run time of the parsed schedule."""
    return (
        when.minute in schedule["minute"]
        and when.hour in schedule["hour"]
        and when.day in schedule["day"]
        and when.month in schedule["month"]
        and when.isoweekday() % 7 in schedule["weekday"]
    )
