import pytest

from fair_share_byte_allocation import max_min_fair


def test_everyone_fits():
    assert max_min_fair(100, {"a": 10, "b": 20}) == {"a": 10, "b": 20}


def test_equal_split_when_all_want_more():
    alloc = max_min_fair(90, {"a": 100, "b": 100, "c": 100})
    assert alloc == pytest.approx({"a": 30, "b": 30, "c": 30})


def test_small_demand_leaves_rest_to_others():
    alloc = max_min_fair(10, {"a": 2, "b": 8, "c": 8})
    assert alloc == pytest.approx({"a": 2, "b": 4, "c": 4})
    assert sum(alloc.values()) == pytest.approx(10)


def test_rejects_negative_capacity():
    with pytest.raises(ValueError):
        max_min_fair(-1, {"a": 1})
