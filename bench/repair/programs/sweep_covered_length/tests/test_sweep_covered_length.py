import pytest

from sweep_covered_length import covered_length, max_depth


def test_disjoint():
    assert covered_length([(0, 2), (5, 6)]) == 3


def test_overlapping_union():
    assert covered_length([(1, 3), (2, 5)]) == 4


def test_max_depth():
    assert max_depth([(0, 4), (1, 3), (2, 6), (5, 7)]) == 3


def test_touching_intervals_do_not_overlap():
    assert max_depth([(0, 2), (2, 4)]) == 1


def test_reversed_interval():
    with pytest.raises(ValueError):
        covered_length([(3, 1)])
