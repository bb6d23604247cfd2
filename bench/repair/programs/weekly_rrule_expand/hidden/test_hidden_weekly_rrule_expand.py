from datetime import date, timedelta

from weekly_rrule_expand import next_occurrence, occurrences


def brute(start, days, interval, count=None, until=None):
    monday = start - timedelta(days=start.weekday())
    found, day = [], start
    while (count is None or len(found) < count) and (until is None or day <= until):
        if day.weekday() in days and ((day - monday).days // 7) % interval == 0:
            found.append(day)
        day += timedelta(days=1)
    return found


CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def test_all_start_weekdays_and_intervals():
    for offset in range(7):
        start = date(2024, 1, 1) + timedelta(days=offset)
        for interval in (1, 2, 3):
            for chosen in ([0, 4], [1, 3, 6], [5, 6], [2]):
                rule = f"FREQ=WEEKLY;INTERVAL={interval};BYDAY={','.join(CODES[d] for d in chosen)};COUNT=9"
                assert occurrences(start, rule) == brute(start, set(chosen), interval, count=9), rule


def test_sunday_start_is_the_last_day_of_its_week():
    # 2024-03-10 is a Sunday: the next Monday already belongs to week 1.
    got = occurrences(date(2024, 3, 10), "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;COUNT=4")
    assert got == [date(2024, 3, 10), date(2024, 3, 18), date(2024, 3, 24), date(2024, 4, 1)]


def test_every_third_week_until():
    got = occurrences(date(2024, 5, 2), "RRULE:FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,TH;UNTIL=2024-06-14")
    assert got == [date(2024, 5, 2), date(2024, 5, 21), date(2024, 5, 23), date(2024, 6, 11), date(2024, 6, 13)]


def test_exdates_do_not_extend_the_count():
    got = occurrences(date(2024, 3, 4), "FREQ=WEEKLY;BYDAY=MO;COUNT=4",
                      exdates=frozenset({date(2024, 3, 11)}))
    assert got == [date(2024, 3, 4), date(2024, 3, 18), date(2024, 3, 25)]


def test_next_occurrence_biweekly_midweek():
    rule = "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;UNTIL=2024-12-31"
    # Start Thursday 2024-09-12: the following Monday (16th) is in an off week.
    assert next_occurrence(date(2024, 9, 12), rule, date(2024, 9, 12)) == date(2024, 9, 23)
    assert next_occurrence(date(2024, 9, 12), rule, date(2024, 9, 23)) == date(2024, 9, 26)
