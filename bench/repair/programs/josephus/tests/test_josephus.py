import pytest

from josephus import eliminations, rounds_until, survivor, survivor_by_recurrence


def test_rejects_empty_circle():
    with pytest.raises(ValueError):
        list(eliminations(0, 3))
    with pytest.raises(ValueError):
        list(eliminations(5, 0))


def test_single_person_survives():
    assert list(eliminations(1, 4)) == [1]
    assert survivor(1, 4) == 1


def test_recurrence_known_values():
    assert survivor_by_recurrence(7, 3) == 4
    assert survivor_by_recurrence(41, 3) == 31


def test_classic_order():
    assert list(eliminations(7, 3)) == [3, 6, 2, 7, 5, 1, 4]


def test_survivor_of_41():
    assert survivor(41, 3) == 31


def test_rounds_until():
    assert rounds_until(7, 3, 3) == 1
    with pytest.raises(ValueError):
        rounds_until(7, 3, 8)
