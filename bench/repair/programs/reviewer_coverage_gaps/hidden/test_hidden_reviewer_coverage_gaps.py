import random

from reviewer_coverage_gaps import coverage_gaps, longest_gap, uncovered_minutes


def brute_force(shifts, day_start, day_end):
    covered = [any(s <= m < e for s, e in shifts) for m in range(day_start, day_end)]
    gaps, start = [], None
    for offset, is_covered in enumerate(covered):
        minute = day_start + offset
        if not is_covered and start is None:
            start = minute
        if is_covered and start is not None:
            gaps.append((start, minute))
            start = None
    if start is not None:
        gaps.append((start, day_end))
    return gaps


def test_unsorted_overlapping_shifts():
    shifts = [(700, 800), (100, 200), (150, 400), (50, 120)]
    assert coverage_gaps(shifts, 0, 1000) == [(0, 50), (400, 700), (800, 1000)]
    assert uncovered_minutes(shifts, 0, 1000) == 550
    assert longest_gap(shifts, 0, 1000) == (400, 700)


def test_nested_shift_listed_first():
    shifts = [(200, 300), (100, 500)]
    assert coverage_gaps(shifts, 0, 600) == [(0, 100), (500, 600)]


def test_shifts_outside_window_ignored():
    shifts = [(1500, 1600), (-100, 30), (900, 1200)]
    assert coverage_gaps(shifts, 0, 1000) == [(30, 900)]
    assert coverage_gaps(shifts, 100, 200) == [(100, 200)]


def test_longest_gap_tie_picks_earliest():
    shifts = [(100, 200), (300, 400)]
    assert longest_gap(shifts, 0, 500) == (0, 100)


def test_random_rotas_match_brute_force():
    rng = random.Random(30)
    for _ in range(200):
        shifts = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(-20, 130)
            shifts.append((start, start + rng.randint(1, 40)))
        rng.shuffle(shifts)
        assert coverage_gaps(shifts, 0, 120) == brute_force(shifts, 0, 120), shifts
