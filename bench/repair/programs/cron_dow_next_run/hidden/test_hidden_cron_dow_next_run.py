from datetime import datetime

from cron_dow_next_run import next_run, parse_rule, upcoming


def test_exact_match_moves_to_next_slot():
    assert next_run("0 12 *", datetime(2024, 5, 1, 12, 0)) == datetime(2024, 5, 2, 12, 0)
    assert next_run("*/5 * *", datetime(2024, 5, 1, 12, 5)) == datetime(2024, 5, 1, 12, 10)


def test_exact_match_weekly_rule_wraps_a_week():
    # 2024-05-01 is a Wednesday
    assert next_run("30 7 2", datetime(2024, 5, 1, 7, 30)) == datetime(2024, 5, 8, 7, 30)


def test_seconds_within_matching_minute():
    assert next_run("0 12 *", datetime(2024, 5, 1, 12, 0, 30)) == datetime(2024, 5, 2, 12, 0)
    assert next_run("0 12 *", datetime(2024, 5, 1, 11, 59, 59)) == datetime(2024, 5, 1, 12, 0)


def test_upcoming_is_strictly_increasing():
    times = upcoming("0,30 9-10 0-4", datetime(2024, 5, 3, 9, 0), 5)
    assert times == [
        datetime(2024, 5, 3, 9, 30),
        datetime(2024, 5, 3, 10, 0),
        datetime(2024, 5, 3, 10, 30),
        datetime(2024, 5, 6, 9, 0),
        datetime(2024, 5, 6, 9, 30),
    ]


def test_upcoming_from_exact_start():
    times = upcoming("0 */6 *", datetime(2024, 5, 1, 0, 0), 4)
    assert times == [
        datetime(2024, 5, 1, 6, 0),
        datetime(2024, 5, 1, 12, 0),
        datetime(2024, 5, 1, 18, 0),
        datetime(2024, 5, 2, 0, 0),
    ]


def test_parsed_rule_tuple_accepted_and_month_wrap():
    rule = parse_rule("45 23 *")
    assert next_run(rule, datetime(2024, 1, 31, 23, 50)) == datetime(2024, 2, 1, 23, 45)
    assert next_run(rule, datetime(2024, 12, 31, 23, 10)) == datetime(2024, 12, 31, 23, 45)
