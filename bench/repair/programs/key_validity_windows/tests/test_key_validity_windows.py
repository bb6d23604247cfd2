from key_validity_windows import coverage_gaps, covered_time, merge_windows


def test_disjoint_windows_kept():
    assert merge_windows([(0, 10), (20, 30)]) == [(0, 10), (20, 30)]


def test_overlapping_windows_merge():
    assert merge_windows([(0, 10), (5, 15), (14, 20)]) == [(0, 20)]


def test_unordered_input():
    assert merge_windows([(50, 60), (0, 10), (8, 12)]) == [(0, 12), (50, 60)]


def test_back_to_back_rotation_is_one_window():
    assert merge_windows([(0, 100), (100, 200)]) == [(0, 200)]


def test_gaps_in_horizon():
    assert coverage_gaps([(10, 20), (30, 40)], 0, 50) == [(0, 10), (20, 30), (40, 50)]


def test_covered_time():
    assert covered_time([(0, 10), (5, 15), (30, 31)]) == 16
