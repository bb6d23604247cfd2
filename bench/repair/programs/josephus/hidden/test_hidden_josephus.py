import pytest

from josephus import eliminations, rounds_until, survivor, survivor_by_recurrence


def test_step_one_leaves_in_order():
    assert list(eliminations(5, 1)) == [1, 2, 3, 4, 5]


def test_step_two():
    assert list(eliminations(10, 2)) == [2, 4, 6, 8, 10, 3, 7, 1, 9, 5]


def test_step_larger_than_circle():
    assert list(eliminations(3, 5)) == [2, 3, 1]


def test_everyone_leaves_exactly_once():
    for people in range(1, 15):
        for step in range(1, 6):
            assert sorted(eliminations(people, step)) == list(range(1, people + 1))


def test_simulation_matches_recurrence():
    for people in range(1, 40):
        for step in range(1, 9):
            assert survivor(people, step) == survivor_by_recurrence(people, step)


def test_rounds_until_later_positions():
    assert rounds_until(7, 3, 4) == 7
    assert rounds_until(10, 2, 1) == 8
    with pytest.raises(ValueError):
        rounds_until(3, 2, 0)
