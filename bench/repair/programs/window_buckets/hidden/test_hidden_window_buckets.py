import random

import pytest

from window_buckets import counts_per_window, window_start, windows


def test_start_contains_timestamp_for_any_origin():
    rng = random.Random(7)
    for _ in range(500):
        width = rng.randint(1, 500)
        origin = rng.randint(-2000, 2000)
        timestamp = rng.randint(-5000, 5000)
        start = window_start(timestamp, width, origin)
        assert start <= timestamp < start + width, (timestamp, width, origin, start)
        assert (start - origin) % width == 0, (timestamp, width, origin, start)


def test_origin_later_than_events():
    assert window_start(10, 60, origin=100) == -20
    assert window_start(40, 60, origin=100) == 40


def test_daily_windows_in_utc_plus_two():
    day = 86400
    midnight_local = -2 * 3600
    assert window_start(1_700_000_000, day, origin=midnight_local) == 1_699_999_200


def test_fill_empty_with_origin():
    events = [(7, "a"), (40, "b")]
    assert list(windows(events, 10, origin=3, fill_empty=True)) == [
        (3, ["a"]), (13, []), (23, []), (33, ["b"]),
    ]


def test_counts_with_origin():
    assert counts_per_window([14, 15, 29, 30, 44], 15, origin=0) == {0: 1, 15: 2, 30: 2}
    assert counts_per_window([14, 15, 29, 30, 44], 15, origin=5) == {5: 2, 20: 2, 35: 1}


def test_windows_match_counts():
    rng = random.Random(11)
    for _ in range(100):
        width = rng.randint(1, 50)
        origin = rng.randint(-100, 100)
        stamps = sorted(rng.randint(0, 400) for _ in range(rng.randint(1, 20)))
        result = list(windows(((t, t) for t in stamps), width, origin))
        assert {start: len(items) for start, items in result} == counts_per_window(
            stamps, width, origin
        )
        for start, items in result:
            assert all(start <= t < start + width for t in items)


def test_bad_width():
    with pytest.raises(ValueError):
        window_start(5, 0)
