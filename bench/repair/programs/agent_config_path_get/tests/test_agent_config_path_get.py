import pytest

from agent_config_path_get import get_path, has_path, require, set_path


def make_config():
    return {
        "model": {"name": "tiny", "params": {"temperature": 0.2, "max_tokens": 512}},
        "tools": [{"name": "search", "timeout": 10}, {"name": "shell"}],
        "retries": 3,
    }


def test_get_nested_and_list_items():
    config = make_config()
    assert get_path(config, "model.params.temperature") == 0.2
    assert get_path(config, "tools.1.name") == "shell"


def test_missing_key_returns_default():
    config = make_config()
    assert get_path(config, "model.params.top_p") is None
    assert get_path(config, "tools.5.name", "n/a") == "n/a"


def test_path_through_a_leaf_returns_default():
    config = make_config()
    assert get_path(config, "retries.max", default=1) == 1


def test_set_creates_levels():
    config = make_config()
    set_path(config, "memory.store.kind", "sqlite")
    set_path(config, "tools.0.timeout", 30)
    assert config["memory"] == {"store": {"kind": "sqlite"}}
    assert config["tools"][0]["timeout"] == 30


def test_require_reports_missing():
    config = make_config()
    require(config, "model.name", "tools.0.name")
    with pytest.raises(KeyError, match="model.seed"):
        require(config, "model.name", "model.seed")
