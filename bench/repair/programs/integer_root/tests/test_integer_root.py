import pytest

from integer_root import integer_root, is_perfect_power, perfect_squares_between


def test_square_root_rounds_down():
    assert integer_root(10) == 3
    assert integer_root(99) == 9


def test_exact_squares():
    assert integer_root(16) == 4
    assert integer_root(144) == 12


def test_zero_and_one():
    assert integer_root(0) == 0
    assert integer_root(1) == 1


def test_cube_root():
    assert integer_root(30, 3) == 3
    assert integer_root(27, 3) == 3


def test_negative_rejected():
    with pytest.raises(ValueError):
        integer_root(-4)


def test_perfect_powers():
    assert is_perfect_power(32, 5)
    assert not is_perfect_power(50, 2)


def test_squares_in_range():
    assert perfect_squares_between(10, 50) == [16, 25, 36, 49]
