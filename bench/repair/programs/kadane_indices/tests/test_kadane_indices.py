import pytest

from kadane_indices import Run, best_run, worst_run


def test_classic_example():
    assert best_run([-2, 1, -3, 4, -1, 2, 1, -5, 4]) == Run(6, 3, 7)


def test_all_gains_take_everything():
    run = best_run([3, 1, 4])
    assert run == Run(8, 0, 3)
    assert run.length == 3


def test_losing_month_picks_the_mildest_day():
    assert best_run([-8, -3, -6, -2, -5]) == Run(-2, 3, 4)


def test_worst_run():
    assert worst_run([3, -1, -2, 4]) == Run(-3, 1, 3)


def test_labels():
    days = ["mon", "tue", "wed", "thu"]
    assert best_run([-1, 5, 6, -20]).labels(days) == ("tue", "wed")


def test_empty_series():
    with pytest.raises(ValueError):
        best_run([])
