import random

from format_duration import format_duration, parse_duration


def test_exact_units():
    assert format_duration(60) == "1m"
    assert format_duration(3600) == "1h"
    assert format_duration(86400) == "1d"


def test_days_hours_minutes():
    assert format_duration(90061) == "1d 1h 1m 1s"
    assert format_duration(2 * 86400 + 59 * 60) == "2d 59m"


def test_largest_units_only():
    assert format_duration(3725, largest_units=2) == "1h 2m"
    assert format_duration(86400 + 45, largest_units=1) == "1d"


def test_round_trip():
    rng = random.Random(3)
    for _ in range(500):
        seconds = rng.randint(0, 10 * 86400)
        assert parse_duration(format_duration(seconds)) == seconds


def test_every_unit_below_its_limit():
    rng = random.Random(11)
    limits = {"s": 60, "m": 60, "h": 24}
    for _ in range(300):
        for part in format_duration(rng.randint(1, 5 * 86400)).split():
            value, unit = int(part[:-1]), part[-1]
            assert value < limits.get(unit, 10**9)
