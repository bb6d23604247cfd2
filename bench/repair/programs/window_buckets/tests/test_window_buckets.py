import pytest

from window_buckets import counts_per_window, window_start, windows


def test_minute_windows():
    events = [(0, "a"), (59, "b"), (60, "c"), (125, "d")]
    assert list(windows(events, 60)) == [(0, ["a", "b"]), (60, ["c"]), (120, ["d"])]


def test_window_start_on_a_boundary():
    assert window_start(120, 60) == 120
    assert window_start(179, 60) == 120


def test_fill_empty_windows():
    events = [(5, 1), (65, 2), (250, 3)]
    assert list(windows(events, 60, fill_empty=True)) == [
        (0, [1]), (60, [2]), (120, []), (180, []), (240, [3]),
    ]


def test_hourly_windows_starting_at_half_past():
    # billing hours run from :30 to :30
    events = [(1800, "x"), (5000, "y"), (5400, "z")]
    assert list(windows(events, 3600, origin=1800)) == [(1800, ["x", "y"]), (5400, ["z"])]


def test_counts_per_window_unordered():
    assert counts_per_window([70, 5, 61, 130], 60) == {0: 1, 60: 2, 120: 1}


def test_out_of_order_events_rejected():
    with pytest.raises(ValueError):
        list(windows([(100, "late"), (30, "early")], 60))


def test_empty_input():
    assert list(windows([], 60)) == []
