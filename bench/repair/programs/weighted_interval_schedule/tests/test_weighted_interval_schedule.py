from weighted_interval_schedule import best_schedule, busy_time


def test_no_jobs():
    assert best_schedule([]) == (0, [])


def test_single_job():
    assert best_schedule([(2, 5, 7)]) == (7, [(2, 5, 7)])


def test_heavier_of_two_overlapping_jobs():
    assert best_schedule([(0, 4, 3), (2, 6, 5)]) == (5, [(2, 6, 5)])


def test_textbook_example():
    jobs = [(1, 4, 5), (3, 5, 1), (0, 6, 8), (4, 7, 4), (3, 9, 6), (5, 9, 3), (6, 10, 2), (8, 11, 4)]
    value, chosen = best_schedule(jobs)
    assert value == 13
    assert chosen == [(1, 4, 5), (4, 7, 4), (8, 11, 4)]


def test_busy_time():
    assert busy_time([(0, 2, 1), (5, 9, 1)]) == 6
