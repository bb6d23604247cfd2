import pytest

from dotted_keys import apply_overrides, expand_keys, flatten_keys


def test_flatten_nested_settings():
    settings = {"db": {"host": "localhost", "port": 5432}, "debug": False}
    assert flatten_keys(settings) == {"db.host": "localhost", "db.port": 5432, "debug": False}


def test_flatten_rejects_dotted_keys():
    with pytest.raises(ValueError):
        flatten_keys({"a.b": 1})


def test_expand_top_level_keys():
    assert expand_keys({"debug": True, "name": "svc"}) == {"debug": True, "name": "svc"}


def test_expand_nested_keys():
    flat = {"db.host": "localhost", "db.port": 5432, "debug": False}
    assert expand_keys(flat) == {"db": {"host": "localhost", "port": 5432}, "debug": False}


def test_override_from_command_line():
    settings = {"model": {"name": "small", "temperature": 0.2}}
    result = apply_overrides(settings, ["model.name=large"])
    assert result == {"model": {"name": "large", "temperature": 0.2}}


def test_override_needs_equals_sign():
    with pytest.raises(ValueError):
        apply_overrides({}, ["model.name"])
