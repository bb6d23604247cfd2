import pytest

from gpu_idle_windows import busy_ranges, idle_windows


def test_no_reservations():
    assert idle_windows({}, 0, 100) == [(0, 100)]


def test_gaps_between_agents():
    reservations = {"trainer": [(10, 20)], "evaluator": [(40, 50)]}
    assert idle_windows(reservations, 0, 60) == [(0, 10), (20, 40), (50, 60)]


def test_overlapping_reservations_merge():
    reservations = {"a": [(10, 30)], "b": [(20, 40), (15, 25)]}
    assert idle_windows(reservations, 0, 50) == [(0, 10), (40, 50)]


def test_ignores_reservations_outside_window():
    reservations = {"nightly": [(0, 60), (1200, 1300)], "dev": [(600, 660)]}
    assert idle_windows(reservations, 480, 1080) == [(480, 600), (660, 1080)]


def test_busy_ranges_sorted():
    assert busy_ranges({"x": [(5, 6)], "y": [(1, 2)]}) == [(1, 2), (5, 6)]


def test_reversed_reservation():
    with pytest.raises(ValueError):
        busy_ranges({"x": [(9, 3)]})
