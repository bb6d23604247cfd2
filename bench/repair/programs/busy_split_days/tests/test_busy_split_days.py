from busy_split_days import busy_minutes_per_day, is_free, merge_busy, split_by_day


def test_merge_overlapping_and_touching():
    assert merge_busy([(60, 120), (100, 180), (180, 200), (300, 360)]) == [(60, 200), (300, 360)]


def test_merge_ignores_empty_intervals():
    assert merge_busy([(50, 50), (70, 40), (10, 20)]) == [(10, 20)]


def test_split_across_midnight():
    assert split_by_day([(1380, 1500)]) == [(0, 1380, 1440), (1, 0, 60)]


def test_minutes_per_day_with_long_meeting_and_overlap():
    intervals = [(540, 1020), (600, 660), (1440 + 540, 1440 + 600)]
    assert busy_minutes_per_day(intervals) == {0: 480, 1: 60}


def test_is_free():
    busy = [(540, 600), (720, 780)]
    assert is_free(busy, 600, 720)
    assert not is_free(busy, 590, 610)
