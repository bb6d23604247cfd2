import pytest

from timesheet_overtime import Shift, parse_clock, round_punch, weekly_pay, worked_minutes


def test_parse_clock():
    assert parse_clock("00:00") == 0
    assert parse_clock("17:45") == 17 * 60 + 45
    with pytest.raises(ValueError):
        parse_clock("24:10")


def test_rounding_to_the_quarter_hour():
    assert round_punch(9 * 60 + 3) == 9 * 60
    assert round_punch(9 * 60 + 7) == 9 * 60
    assert round_punch(9 * 60 + 8) == 9 * 60 + 15
    assert round_punch(9 * 60 + 52) == 9 * 60 + 45


def test_ordinary_shift_with_lunch():
    assert worked_minutes(Shift("08:58", "17:04", unpaid_break=30)) == 7 * 60 + 30


def test_night_shift():
    assert worked_minutes(Shift("22:00", "06:00")) == 8 * 60


def test_full_time_week_has_no_overtime():
    week = [Shift("09:00", "17:30", unpaid_break=30)] * 5
    assert weekly_pay(week, 2000) == {"regular": 2400, "overtime": 0, "pay_cents": 80000}


def test_overtime_at_time_and_a_half():
    week = [Shift("08:00", "18:00")] * 5  # 50 hours
    assert weekly_pay(week, 2000) == {"regular": 2400, "overtime": 600, "pay_cents": 110000}
