import random

from longest_bounded_run import longest_bounded_run, sliding_maxima


def _brute(readings, tolerance):
    best = (0, 0)
    for start in range(len(readings)):
        for end in range(start + 1, len(readings) + 1):
            window = readings[start:end]
            if max(window) - min(window) <= tolerance and end - start > best[1]:
                best = (start, end - start)
    return best


def test_single_reading():
    assert longest_bounded_run([7.0], 0.0) == (0, 1)


def test_zero_tolerance_needs_equal_values():
    assert longest_bounded_run([1, 2, 2, 2, 3, 3], 0) == (1, 3)


def test_earliest_run_wins_a_tie():
    assert longest_bounded_run([5, 5, 9, 1, 1], 0) == (0, 2)


def test_strictly_increasing_steps():
    assert longest_bounded_run([1, 2, 3, 4, 5, 6], 2) == (0, 3)


def test_random_against_brute_force():
    rng = random.Random(29)
    for _ in range(300):
        readings = [rng.randint(0, 9) for _ in range(rng.randint(0, 12))]
        tolerance = rng.randint(0, 5)
        assert longest_bounded_run(readings, tolerance) == _brute(readings, tolerance)


def test_sliding_maxima_whole_list_window():
    assert sliding_maxima([2, 8, 1], 3) == [8]
    assert sliding_maxima([2, 8, 1], 4) == []
