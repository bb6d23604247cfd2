"""Weekly timesheet: punches rounded to the quarter hour, shift lengths, overtime past 40 hours."""

from dataclasses import dataclass

QUARTER = 15
WEEKLY_LIMIT = 40 * 60  # minutes paid at the regular rate


@dataclass(frozen=True)
class Shift:
    clock_in: str  # "HH:MM"
    clock_out: str  # "HH:MM"; earlier than clock_in for a shift that runs past midnight
    unpaid_break: int = 0  # minutes


def parse_clock(text: str) -> int:
    hours, minutes = text.split(":")
    if not (0 <= int(hours) < 24 and 0 <= int(minutes) < 60):
        raise ValueError(f"bad clock time {text!r}")
    return int(hours) * 60 + int(minutes)


def round_punch(minute: int) -> int:
    """7-minute rule: up to 7 minutes past a quarter hour round down, 8 or more round up."""
    past = minute % QUARTER
    if past < 7:
        return minute - past
    return minute + QUARTER - past


def worked_minutes(shift: Shift) -> int:
    start = round_punch(parse_clock(shift.clock_in))
    end = round_punch(parse_clock(shift.clock_out))
    worked = end - start
    return max(worked - shift.unpaid_break, 0)


def weekly_pay(shifts: list[Shift], hourly_cents: int) -> dict[str, int]:
    """Minutes beyond WEEKLY_LIMIT are paid at time and a half; pay rounds down to the cent."""
    total = sum(worked_minutes(shift) for shift in shifts)
    regular = min(total, WEEKLY_LIMIT)
    overtime = total - regular
    pay = (regular * hourly_cents * 2 + overtime * hourly_cents * 3) // 120
    return {"regular": regular, "overtime": overtime, "pay_cents": pay}
