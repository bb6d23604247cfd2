import random

from key_validity_windows import coverage_gaps, covered_time, merge_windows


def brute_cover(windows, lo, hi):
    return {t for s, e in windows for t in range(max(s, lo), min(e, hi))}


def test_chain_of_touching_windows_in_random_order():
    windows = [(i * 10, i * 10 + 10) for i in range(8)]
    random.Random(3).shuffle(windows)
    assert merge_windows(windows) == [(0, 80)]


def test_empty_and_degenerate_windows():
    assert merge_windows([]) == []
    assert merge_windows([(5, 5), (9, 3)]) == []
    assert merge_windows([(7, 7), (2, 7), (7, 9)]) == [(2, 9)]


def test_contained_window_unordered():
    assert merge_windows([(3, 4), (0, 100), (100, 101), (200, 300)]) == [(0, 101), (200, 300)]


def test_gaps_clip_to_horizon():
    assert coverage_gaps([(-5, 3), (10, 12), (40, 60)], 0, 50) == [(3, 10), (12, 40)]
    assert coverage_gaps([], 5, 9) == [(5, 9)]
    assert coverage_gaps([(60, 70), (0, 50)], 0, 50) == []


def test_random_against_brute_force():
    rng = random.Random(24)
    for _ in range(300):
        windows = []
        for _ in range(rng.randint(0, 6)):
            s = rng.randint(0, 40)
            windows.append((s, s + rng.randint(0, 10)))
        merged = merge_windows(windows)
        assert all(a[1] < b[0] for a, b in zip(merged, merged[1:]))
        assert covered_time(windows) == len(brute_cover(windows, -10, 100))
        gaps = coverage_gaps(windows, 5, 35)
        gap_points = {t for s, e in gaps for t in range(s, e)}
        assert gap_points == set(range(5, 35)) - brute_cover(windows, 5, 35)
        assert all(s < e for s, e in gaps)
