import datetime
import random

import pytest

from epoch_day_count import days_between, epoch_day, weekday

EPOCH = datetime.date(1970, 1, 1)


def _random_date(rng):
    start = datetime.date(1583, 1, 1).toordinal()
    end = datetime.date(2500, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def test_epoch_day_matches_datetime():
    rng = random.Random(4)
    for _ in range(300):
        d = _random_date(rng)
        assert epoch_day(d.year, d.month, d.day) == (d - EPOCH).days, d


def test_days_between_across_the_epoch():
    assert days_between((1969, 7, 20), (1970, 1, 1)) == 165
    assert days_between((1960, 1, 1), (1980, 1, 1)) == 7305
    assert days_between((1999, 12, 31), (1960, 2, 29)) == -14550


def test_days_between_matches_datetime():
    rng = random.Random(9)
    for _ in range(200):
        a, b = _random_date(rng), _random_date(rng)
        assert days_between((a.year, a.month, a.day), (b.year, b.month, b.day)) == (b - a).days


def test_weekday_before_the_epoch():
    assert weekday(1969, 7, 20) == 6  # Sunday
    rng = random.Random(2)
    for _ in range(100):
        d = _random_date(rng)
        assert weekday(d.year, d.month, d.day) == d.weekday(), d


def test_consecutive_days_before_epoch():
    assert epoch_day(1968, 3, 1) - epoch_day(1968, 2, 29) == 1
    assert epoch_day(1900, 3, 1) - epoch_day(1900, 2, 28) == 1


@pytest.mark.parametrize("ymd", [(1900, 2, 29), (2023, 13, 1), (2023, 4, 31), (1969, 0, 5)])
def test_invalid_dates(ymd):
    with pytest.raises(ValueError):
        epoch_day(*ymd)
