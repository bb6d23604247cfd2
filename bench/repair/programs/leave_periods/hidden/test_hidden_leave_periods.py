import random
from datetime import date, timedelta

import pytest

from leave_periods import days_off, merge_periods, parse_period


def test_short_period_inside_long_one():
    merged = list(merge_periods(["2025-01-10/2025-01-11", "2025-01-01/2025-01-31"]))
    assert merged == [(date(2025, 1, 1), date(2025, 1, 31))]


def test_nested_then_overlapping():
    merged = list(merge_periods(["2024-05-01/2024-05-20", "2024-05-02/P1D",
                                 "2024-05-10/2024-05-25", "2024-06-10/P1W"]))
    assert merged == [(date(2024, 5, 1), date(2024, 5, 25)),
                      (date(2024, 6, 10), date(2024, 6, 16))]


def test_weeks_and_days_duration():
    assert parse_period(" 2024-02-26/P1W2D ") == (date(2024, 2, 26), date(2024, 3, 5))


def test_zero_length_and_bad_durations_rejected():
    with pytest.raises(ValueError):
        parse_period("2024-03-01/P0D")
    with pytest.raises(ValueError):
        parse_period("2024-03-01/PT5H")


def test_no_periods():
    assert list(merge_periods([])) == []
    assert days_off([]) == 0


def test_random_against_day_sets():
    rng = random.Random(3)
    base = date(2024, 1, 1)
    for _ in range(200):
        texts, days = [], set()
        for _ in range(rng.randint(1, 6)):
            start = base + timedelta(days=rng.randint(0, 40))
            length = rng.randint(1, 15)
            end = start + timedelta(days=length - 1)
            texts.append(f"{start}/P{length}D" if rng.random() < 0.5 else f"{start}/{end}")
            days |= {start + timedelta(days=i) for i in range(length)}
        assert days_off(texts) == len(days), texts
        merged = list(merge_periods(texts))
        covered = {s + timedelta(days=i) for s, e in merged for i in range((e - s).days + 1)}
        assert covered == days
        for (_, end), (start, _) in zip(merged, merged[1:]):
            assert start > end + timedelta(days=1)
