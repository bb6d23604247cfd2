import pytest

from fair_share_byte_allocation import max_min_fair


def test_never_exceeds_capacity():
    demands = {"a": 1, "b": 3, "c": 50, "d": 50}
    alloc = max_min_fair(40, demands)
    assert alloc == pytest.approx({"a": 1, "b": 3, "c": 18, "d": 18})
    assert sum(alloc.values()) == pytest.approx(40)


def test_weighted_split():
    alloc = max_min_fair(60, {"gold": 100, "free": 100}, weights={"gold": 2})
    assert alloc == pytest.approx({"gold": 40, "free": 20})


def test_weighted_with_small_demand():
    alloc = max_min_fair(100, {"a": 10, "b": 200, "c": 200}, weights={"a": 1, "b": 3, "c": 1})
    assert alloc == pytest.approx({"a": 10, "b": 67.5, "c": 22.5})


def test_cascade_of_small_demands():
    alloc = max_min_fair(12, {"a": 1, "b": 2, "c": 3, "d": 100})
    assert alloc == pytest.approx({"a": 1, "b": 2, "c": 3, "d": 6})


def test_zero_capacity_and_empty():
    assert max_min_fair(0, {"a": 5, "b": 5}) == {"a": 0, "b": 0}
    assert max_min_fair(10, {}) == {}


def test_bad_weight():
    with pytest.raises(ValueError):
        max_min_fair(10, {"a": 1}, weights={"a": 0})
