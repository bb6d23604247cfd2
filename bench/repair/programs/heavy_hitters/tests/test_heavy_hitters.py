from collections import Counter

import pytest

from heavy_hitters import heavy_hitters, majority, misra_gries


def test_majority_found():
    assert majority([3, 3, 4, 2, 3, 3, 5]) == 3


def test_no_majority():
    assert majority([1, 2, 3]) is None
    assert majority([]) is None


def test_majority_arriving_late():
    assert majority([1, 2, 3, 3, 3]) == 3


def test_exactly_half_is_not_a_majority():
    assert majority(["b", "c", "a", "a"]) is None


def test_heavy_hitters_by_frequency():
    assert heavy_hitters(list("abracadabra"), 6) == ["a", "b", "r"]
    assert heavy_hitters(list("abracadabra"), 3) == ["a"]


def test_summary_counts():
    assert misra_gries("aabbbc", 3) == Counter({"b": 2, "a": 1})


def test_k_must_be_at_least_two():
    with pytest.raises(ValueError):
        misra_gries([1, 2], 1)
