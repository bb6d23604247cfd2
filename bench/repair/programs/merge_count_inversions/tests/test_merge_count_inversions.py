import pytest

from merge_count_inversions import count_inversions, kendall_distance, sort_and_count


def test_sorted_has_none():
    assert count_inversions([1, 2, 3, 4, 5]) == 0


def test_reversed():
    assert count_inversions([3, 2, 1]) == 3


def test_sorts_too():
    assert sort_and_count([4, 1, 3, 2])[0] == [1, 2, 3, 4]


def test_empty_and_single():
    assert count_inversions([]) == 0
    assert count_inversions([7]) == 0


def test_kendall_identical():
    assert kendall_distance(["a", "b", "c"], ["a", "b", "c"]) == 0


def test_kendall_mismatch():
    with pytest.raises(ValueError):
        kendall_distance(["a", "b"], ["a", "c"])
