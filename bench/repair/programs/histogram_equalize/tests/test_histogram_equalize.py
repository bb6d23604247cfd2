import pytest

from histogram_equalize import cumulative, equalize, histogram


def test_histogram_counts():
    assert histogram([0, 2, 2, 3], levels=4) == [1, 0, 2, 1]


def test_cumulative():
    assert cumulative([1, 0, 2, 1]) == [1, 1, 3, 4]


def test_empty_input():
    assert equalize([]) == []


def test_single_value_is_left_alone():
    assert equalize([7, 7, 7]) == [7, 7, 7]


def test_dark_image_is_stretched_to_full_range():
    result = equalize([10, 10, 11, 12, 12, 13], levels=256)
    assert min(result) == 0
    assert max(result) == 255


def test_out_of_range_rejected():
    with pytest.raises(ValueError):
        equalize([0, 8], levels=8)
