import pytest

from weighted_max_min_share import fair_shares, unmet_demand


def test_everyone_satisfied_when_capacity_suffices():
    assert fair_shares(100, {"a": 10, "b": 20}) == {"a": 10.0, "b": 20.0}


def test_equal_split_when_all_want_more():
    assert fair_shares(9, {"a": 10, "b": 10, "c": 10}) == {"a": 3.0, "b": 3.0, "c": 3.0}


def test_unused_share_goes_to_the_others():
    shares = fair_shares(10, {"a": 2, "b": 8, "c": 8})
    assert shares == pytest.approx({"a": 2.0, "b": 4.0, "c": 4.0})


def test_weights_scale_the_split():
    shares = fair_shares(12, {"a": 100, "b": 100}, {"a": 2, "b": 1})
    assert shares == pytest.approx({"a": 8.0, "b": 4.0})


def test_bad_inputs():
    with pytest.raises(ValueError):
        fair_shares(-1, {"a": 1})
    with pytest.raises(ValueError):
        fair_shares(5, {"a": 1}, {"a": 0})


def test_unmet_demand_without_contention():
    assert unmet_demand(50, {"a": 5, "b": 5}) == {"a": 0.0, "b": 0.0}
