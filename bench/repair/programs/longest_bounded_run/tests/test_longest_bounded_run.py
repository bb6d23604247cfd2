import pytest

from longest_bounded_run import longest_bounded_run, sliding_maxima


def test_sliding_maxima():
    assert sliding_maxima([1, 3, -1, -3, 5, 3, 6, 7], 3) == [3, 3, 5, 5, 6, 7]


def test_sliding_maxima_width_one_is_identity():
    assert sliding_maxima([4, 2, 9], 1) == [4, 2, 9]


def test_sliding_maxima_rejects_zero_width():
    with pytest.raises(ValueError):
        sliding_maxima([1, 2], 0)


def test_no_readings():
    assert longest_bounded_run([], 1.0) == (0, 0)


def test_temperature_plateau():
    readings = [20.0, 21.5, 25.0, 24.5, 24.0, 25.5, 30.0]
    assert longest_bounded_run(readings, 1.5) == (2, 4)


def test_everything_within_tolerance():
    assert longest_bounded_run([3.0, 3.2, 2.9, 3.1], 0.5) == (0, 4)
