import pytest

from weighted_max_min_share import fair_shares, unmet_demand


def test_classic_water_filling():
    shares = fair_shares(10, {"a": 2, "b": 2.6, "c": 4, "d": 5})
    assert shares == pytest.approx({"a": 2.0, "b": 2.6, "c": 2.7, "d": 2.7})


def test_agent_with_no_demand():
    shares = fair_shares(6, {"idle": 0, "x": 10, "y": 10})
    assert shares == pytest.approx({"idle": 0.0, "x": 3.0, "y": 3.0})


def test_weighted_with_a_small_demand():
    shares = fair_shares(12, {"a": 1, "b": 20, "c": 20}, {"a": 4, "b": 1, "c": 2})
    assert shares == pytest.approx({"a": 1.0, "b": 11 / 3, "c": 22 / 3})


def test_heavy_agent_satisfied_light_ones_share_rest():
    shares = fair_shares(20, {"big": 6, "s1": 50, "s2": 50}, {"big": 3, "s1": 1, "s2": 1})
    assert shares == pytest.approx({"big": 6.0, "s1": 7.0, "s2": 7.0})


def test_total_never_exceeds_capacity_or_demand():
    demands = {"a": 1, "b": 3, "c": 7, "d": 2, "e": 9}
    for capacity in (0, 1, 5, 10, 15, 22, 30):
        shares = fair_shares(capacity, demands)
        assert sum(shares.values()) == pytest.approx(min(capacity, sum(demands.values())))
        assert all(shares[a] <= demands[a] + 1e-9 for a in demands)


def test_unmet_demand_under_contention():
    left = unmet_demand(10, {"a": 2, "b": 8, "c": 8})
    assert left == pytest.approx({"a": 0.0, "b": 4.0, "c": 4.0})
