from quiet_interval_union import QuietSchedule, merge_windows, quiet_minutes


def test_chain_of_touching_windows():
    windows = [(700, 760), (600, 650), (650, 700), (900, 960), (960, 0)]
    assert merge_windows(windows) == [(600, 760), (900, 1440)]
    assert quiet_minutes(windows) == 160 + 540


def test_contained_and_equal_windows():
    assert merge_windows([(100, 500), (200, 300), (100, 500), (0, 0)]) == [(100, 500)]
    assert merge_windows([]) == []


def test_is_quiet_at_every_range_start():
    schedule = QuietSchedule([(0, 60), (120, 180), (1400, 30)])
    assert schedule.ranges == [(0, 60), (120, 180), (1400, 1440)]
    for minute in (0, 120, 1400, 59, 179, 1439):
        assert schedule.is_quiet(minute), minute
    for minute in (60, 119, 180, 1399):
        assert not schedule.is_quiet(minute), minute
    assert schedule.is_quiet(1440 + 120)


def test_next_loud_skips_touching_ranges():
    schedule = QuietSchedule([(480, 540), (540, 600), (1320, 0), (0, 300)])
    assert schedule.next_loud(500) == 600
    assert schedule.next_loud(540) == 600
    assert schedule.next_loud(1400) == 300
    assert schedule.next_loud(700) == 700


def test_whole_day_quiet_never_loud():
    schedule = QuietSchedule([(0, 720), (720, 0)])
    assert schedule.ranges == [(0, 1440)]
    assert schedule.next_loud(100) is None
    assert quiet_minutes([(0, 720), (720, 0)]) == 1440
