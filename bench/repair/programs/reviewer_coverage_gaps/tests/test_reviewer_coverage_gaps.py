from reviewer_coverage_gaps import coverage_gaps, longest_gap, uncovered_minutes


def test_no_shifts_means_whole_day_is_a_gap():
    assert coverage_gaps([], 0, 1440) == [(0, 1440)]


def test_back_to_back_shifts_cover_the_day():
    shifts = [(0, 480), (480, 960), (960, 1440)]
    assert coverage_gaps(shifts, 0, 1440) == []
    assert longest_gap(shifts, 0, 1440) is None


def test_gaps_between_and_after_shifts():
    shifts = [(60, 300), (400, 900)]
    assert coverage_gaps(shifts, 0, 1440) == [(0, 60), (300, 400), (900, 1440)]
    assert uncovered_minutes(shifts, 0, 1440) == 700


def test_rota_from_several_reviewers():
    shifts = [(540, 1020), (0, 600), (1000, 1320)]
    assert coverage_gaps(shifts, 0, 1440) == [(1320, 1440)]
    assert longest_gap(shifts, 0, 1440) == (1320, 1440)
