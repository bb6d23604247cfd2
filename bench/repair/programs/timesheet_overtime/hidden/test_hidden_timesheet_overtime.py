from timesheet_overtime import Shift, round_punch, weekly_pay, worked_minutes


def test_rounding_every_minute_of_an_hour():
    for minute in range(60):
        past = minute % 15
        expected = minute - past if past <= 7 else minute - past + 15
        assert round_punch(600 + minute) == 600 + expected, minute


def test_late_evening_punch_rounds_to_midnight():
    assert round_punch(23 * 60 + 53) == 24 * 60


def test_punches_seven_minutes_off():
    assert worked_minutes(Shift("07:07", "15:07")) == 8 * 60
    assert worked_minutes(Shift("06:52", "15:22")) == 8 * 60 + 30


def test_night_shifts_with_breaks_and_rounding():
    assert worked_minutes(Shift("23:00", "07:30", unpaid_break=30)) == 8 * 60
    assert worked_minutes(Shift("18:37", "02:07")) == 7 * 60 + 30
    assert worked_minutes(Shift("23:55", "08:05")) == 8 * 60


def test_shift_ending_at_midnight_punch():
    assert worked_minutes(Shift("16:00", "00:00")) == 8 * 60


def test_break_longer_than_shift():
    assert worked_minutes(Shift("10:00", "10:20", unpaid_break=30)) == 0


def test_week_of_night_shifts_into_overtime():
    week = [Shift("22:00", "07:00")] * 5  # 45 hours
    assert weekly_pay(week, 1800) == {"regular": 2400, "overtime": 300, "pay_cents": 85500}


def test_pay_rounds_down_to_the_cent():
    week = [Shift("09:00", "09:15")]
    assert weekly_pay(week, 1999) == {"regular": 15, "overtime": 0, "pay_cents": 499}
    week = [Shift("00:00", "23:45")] * 2  # 47.5 hours
    assert weekly_pay(week, 1999) == {"regular": 2400, "overtime": 450, "pay_cents": 102448}
