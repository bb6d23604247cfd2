import random

from kadane_indices import Run, best_run, worst_run


def _brute(daily):
    best = None
    for stop in range(1, len(daily) + 1):
        for start in range(stop - 1, -1, -1):
            total = sum(daily[start:stop])
            if best is None or total > best.total:
                best = Run(total, start, stop)
    return best


def test_single_day():
    assert best_run([-7]) == Run(-7, 0, 1)
    assert best_run([4]) == Run(4, 0, 1)


def test_losses_then_flat_day():
    assert best_run([-3, 0, -1]) == Run(0, 1, 2)


def test_first_day_is_the_mildest_loss():
    assert best_run([-1, -4, -9]) == Run(-1, 0, 1)


def test_worst_run_of_all_gains():
    assert worst_run([5, 2, 9, 3]) == Run(2, 1, 2)


def test_random_against_brute_force():
    rng = random.Random(77)
    for _ in range(400):
        daily = [rng.randint(-9, 6) for _ in range(rng.randint(1, 9))]
        run = best_run(daily)
        assert run == _brute(daily), daily
        assert sum(daily[run.start:run.stop]) == run.total


def test_random_all_negative():
    rng = random.Random(5)
    for _ in range(100):
        daily = [rng.randint(-50, -1) for _ in range(rng.randint(1, 8))]
        run = best_run(daily)
        assert run.total == max(daily)
        assert run.start == daily.index(max(daily))
        assert run.length == 1
