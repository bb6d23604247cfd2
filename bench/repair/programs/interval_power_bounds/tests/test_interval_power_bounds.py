import pytest

from interval_power_bounds import Interval, polynomial


def test_add_and_sub():
    a, b = Interval(1, 2), Interval(-3, 5)
    assert a + b == Interval(-2, 7)
    assert a - b == Interval(-4, 5)


def test_mul_mixed_signs():
    assert Interval(-1, 2) * Interval(-3, 4) == Interval(-6, 8)
    assert Interval(2, 3) * Interval(-2, -1) == Interval(-6, -2)


def test_contains_and_width():
    x = Interval(-2, 5)
    assert 0 in x and 5 in x and 6 not in x
    assert x.width() == 7


def test_empty_interval_rejected():
    with pytest.raises(ValueError):
        Interval(3, 2)


def test_square_across_zero():
    assert Interval(-2, 3) ** 2 == Interval(0, 9)


def test_square_of_positive_interval():
    assert Interval(2, 3) ** 2 == Interval(4, 9)


def test_linear_polynomial():
    assert polynomial([1, 1], Interval(2, 4)) == Interval(3, 5)
