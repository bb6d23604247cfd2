"""Cron-like triggers for scheduled agent jobs.

An expression has three fields, "minute hour weekday" (weekday 0 = Monday), each a cron list
of values, ranges and steps: "*/15 9-17 0-4", "0,30 * *", "5 3 6".
"""

from datetime import datetime, timedelta

MINUTE = timedelta(minutes=1)
FIELD_BOUNDS = ((0, 59), (0, 23), (0, 6))


def parse_field(spec: str, low: int, high: int) -> frozenset[int]:
    values: set[int] = set()
    for part in spec.split(","):
        base, _, step = part.partition("/")
        if base == "*":
            start, end = low, high
        elif "-" in base:
            first, last = base.split("-", 1)
            start, end = int(first), int(last)
        else:
            start = end = int(base)
        if not low <= start <= end <= high:
            raise ValueError(f"{part!r} is outside {low}-{high}")
        values.update(range(start, end + 1, int(step) if step else 1))
    return frozenset(values)


class CronTrigger:
    def __init__(self, expression: str) -> None:
        fields = expression.split()
        if len(fields) != len(FIELD_BOUNDS):
            raise ValueError(f"expected 'minute hour weekday', got {expression!r}")
        self.expression = expression
        self.minutes, self.hours, self.weekdays = (
            parse_field(spec, low, high) for spec, (low, high) in zip(fields, FIELD_BOUNDS, strict=True)
        )

    def matches(self, moment: datetime) -> bool:
        return (
            moment.minute in self.minutes
            and moment.hour in self.hours
            and moment.weekday() in self.weekdays
        )

    def next_fire(self, after: datetime, horizon_days: int = 1) -> datetime | None:
        """First matching whole minute strictly after `after`, or None within the horizon."""
        moment = after.replace(second=0, microsecond=0)
        for _ in range(horizon_days * 24 * 60):
            moment += MINUTE
            if self.matches(moment):
                return moment
        return None

    def fire_times(self, after: datetime, until: datetime) -> list[datetime]:
        """Every firing in (after, until], e.g. the runs missed while the scheduler was down."""
        times: list[datetime] = []
        moment = self.next_fire(after)
        while moment is not None and moment <= until:
            times.append(moment)
            moment = self.next_fire(moment)
        return times
