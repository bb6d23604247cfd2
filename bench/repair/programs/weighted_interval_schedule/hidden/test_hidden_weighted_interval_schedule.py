from weighted_interval_schedule import best_schedule, busy_time


def test_back_to_back_chain():
    jobs = [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)]
    assert best_schedule(jobs) == (4, jobs)


def test_touching_beats_single_long_job():
    jobs = [(0, 10, 5), (0, 5, 3), (5, 10, 3)]
    assert best_schedule(jobs) == (6, [(0, 5, 3), (5, 10, 3)])


def test_real_overlap_still_excluded():
    jobs = [(0, 5, 3), (4, 10, 3), (0, 10, 4)]
    assert best_schedule(jobs) == (4, [(0, 10, 4)])


def test_fractional_times():
    jobs = [(0.0, 1.5, 2), (1.5, 2.25, 2), (1.2, 2.0, 3)]
    assert best_schedule(jobs) == (4, [(0.0, 1.5, 2), (1.5, 2.25, 2)])


def test_fractional_near_miss():
    jobs = [(0.0, 1.5, 2), (1.2, 2.0, 3), (1.75, 3.0, 2)]
    value, chosen = best_schedule(jobs)
    assert value == 4
    assert chosen == [(0.0, 1.5, 2), (1.75, 3.0, 2)]


def test_unsorted_input_with_touching_jobs():
    jobs = [(6, 9, 4), (0, 3, 2), (3, 6, 2), (2, 7, 5)]
    value, chosen = best_schedule(jobs)
    assert value == 8
    assert chosen == [(0, 3, 2), (3, 6, 2), (6, 9, 4)]
    assert busy_time(chosen) == 9
