import pytest

from quiet_interval_union import QuietSchedule, merge_windows, quiet_minutes


def test_overlapping_windows_merge():
    assert merge_windows([(90, 200), (60, 120)]) == [(60, 200)]


def test_adjacent_windows_join():
    assert merge_windows([(480, 540), (540, 600)]) == [(480, 600)]


def test_overnight_window_wraps():
    assert merge_windows([(1320, 420)]) == [(0, 420), (1320, 1440)]


def test_quiet_minutes_counts_overlap_once():
    assert quiet_minutes([(1320, 420), (360, 480)]) == 600


def test_is_quiet():
    schedule = QuietSchedule([(1380, 360)])
    assert schedule.is_quiet(1380)
    assert schedule.is_quiet(30)
    assert not schedule.is_quiet(360)
    assert not schedule.is_quiet(720)


def test_bad_window_rejected():
    with pytest.raises(ValueError):
        merge_windows([(0, 1440)])
