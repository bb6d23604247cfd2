import pytest

from dotted_key_unflatten import flatten, override, unflatten

CONFIG = {
    "model": {"name": "small", "limits": {"tokens": 4096, "steps": 20}},
    "tools": {},
    "verbose": False,
}


def test_flatten_nested():
    assert flatten({"a": {"b": 1, "c": {"d": 2}}, "e": 3}) == {"a.b": 1, "a.c.d": 2, "e": 3}


def test_unflatten_nested():
    assert unflatten({"a.b": 1, "a.c.d": 2, "e": 3}) == {"a": {"b": 1, "c": {"d": 2}}, "e": 3}


def test_round_trip():
    assert unflatten(flatten(CONFIG)) == CONFIG


def test_conflicting_keys_rejected():
    with pytest.raises(ValueError):
        unflatten({"a": 1, "a.b": 2})


def test_override_replaces_value():
    result = override(CONFIG, ["model.name=large"])
    assert result["model"]["name"] == "large"
    assert result["model"]["limits"] == {"tokens": 4096, "steps": 20}
