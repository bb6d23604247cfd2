import pytest

from tpm_quota_split import split_from_config, split_quota


def test_even_split():
    assert split_quota(90, {"a": 1, "b": 1, "c": 1}) == {"a": 30, "b": 30, "c": 30}


def test_proportional_split():
    assert split_quota(100, {"planner": 3, "coder": 1}) == {"planner": 75, "coder": 25}


def test_leftover_units_go_to_largest_remainders():
    shares = split_quota(10, {"a": 1, "b": 2, "c": 4})
    assert shares == {"a": 1, "b": 3, "c": 6}


def test_zero_weight_agent_gets_nothing():
    assert split_quota(7, {"a": 0, "b": 1}) == {"a": 0, "b": 7}


def test_negative_inputs_rejected():
    with pytest.raises(ValueError):
        split_quota(-1, {"a": 1})
    with pytest.raises(ValueError):
        split_quota(5, {"a": -1})


def test_from_config_defaults_weight_to_one():
    config = {"tpm": 60000, "agents": [{"name": "a"}, {"name": "b", "weight": 2}]}
    assert split_from_config(config) == {"a": 20000, "b": 40000}
