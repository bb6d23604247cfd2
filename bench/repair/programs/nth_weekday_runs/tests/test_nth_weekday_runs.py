from datetime import date

from nth_weekday_runs import days_in_month, nth_weekday, upcoming_runs

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def test_second_tuesday():
    assert nth_weekday(2024, 1, TUE, 2) == 9
    assert nth_weekday(2024, 10, TUE, 2) == 8


def test_first_day_of_month_can_be_the_first_match():
    assert nth_weekday(2024, 3, FRI, 1) == 1


def test_last_friday_of_month():
    assert nth_weekday(2024, 5, FRI, -1) == 31
    assert nth_weekday(2024, 6, FRI, -1) == 28


def test_missing_fifth_weekday():
    assert nth_weekday(2023, 2, MON, 5) is None


def test_february_length():
    assert days_in_month(2024, 2) == 29
    assert days_in_month(2023, 2) == 28
    assert days_in_month(1900, 2) == 28


def test_upcoming_runs_skip_past_run_in_start_month():
    runs = upcoming_runs(date(2024, 1, 10), TUE, 2, 3)
    assert runs == [date(2024, 2, 13), date(2024, 3, 12), date(2024, 4, 9)]
