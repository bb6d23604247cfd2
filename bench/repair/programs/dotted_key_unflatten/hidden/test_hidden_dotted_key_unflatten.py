import pytest

from dotted_key_unflatten import flatten, override, unflatten


def test_empty_dict_is_a_leaf():
    assert flatten({"a": {}, "b": 1}) == {"a": {}, "b": 1}


def test_nested_empty_dict_is_kept():
    assert flatten({"a": {"b": {}, "c": {"d": {}}}}) == {"a.b": {}, "a.c.d": {}}


def test_flatten_of_empty_config():
    assert flatten({}) == {}


def test_round_trip_with_empty_sections():
    config = {"agent": {"hooks": {}, "memory": {"store": {}, "size": 3}}, "env": {}}
    assert unflatten(flatten(config)) == config


def test_custom_separator_and_non_string_keys():
    assert flatten({"a": {1: "x", "b": None}}, sep="__") == {"a__1": "x", "a__b": None}
    assert unflatten({"a__1": "x", "a__b": None}, sep="__") == {"a": {"1": "x", "b": None}}


def test_separator_inside_key_rejected():
    with pytest.raises(ValueError):
        flatten({"a.b": 1})


def test_override_replaces_a_section_and_keeps_empty_ones():
    config = {"model": {"limits": {"tokens": 1}}, "tools": {}}
    assert override(config, ["model.limits=none"]) == {"model": {"limits": "none"}, "tools": {}}


def test_override_adds_new_key():
    assert override({"a": {}}, ["b.c=1"]) == {"a": {}, "b": {"c": "1"}}


def test_lists_are_leaves():
    assert flatten({"a": {"b": [1, {"c": 2}]}}) == {"a.b": [1, {"c": 2}]}
