import pytest

from agent_config_path_get import get_path, has_path, require, set_path


def make_config():
    return {
        "agent": {"name": "helper", "stop": None, "limits": {"steps": 0}},
        "tools": [{"name": "search", "args": ["q", "k"]}],
        "prompt": "You are helpful.",
    }


def test_empty_path_is_whole_config():
    config = make_config()
    assert get_path(config, "") is config


def test_paths_through_scalars_and_none():
    config = make_config()
    assert get_path(config, "agent.stop.after", "x") == "x"
    assert get_path(config, "prompt.0", "x") == "x"
    assert get_path(config, "agent.limits.steps.hard", "x") == "x"
    assert get_path(config, "tools.0.name.first", "x") == "x"


def test_non_numeric_list_index():
    config = make_config()
    assert get_path(config, "tools.first.name", "x") == "x"


def test_falsy_values_are_present():
    config = make_config()
    assert get_path(config, "agent.stop", "x") is None
    assert get_path(config, "agent.limits.steps", "x") == 0
    assert has_path(config, "agent.stop")
    assert has_path(config, "tools.0.args.1")
    assert not has_path(config, "agent.stop.after")
    assert not has_path(config, "prompt.style")


def test_require_lists_all_missing_paths():
    config = make_config()
    with pytest.raises(KeyError) as info:
        require(config, "agent.name", "prompt.style", "tools.3")
    assert "prompt.style" in str(info.value)
    assert "tools.3" in str(info.value)
    assert "agent.name" not in str(info.value)


def test_set_into_list_and_existing_dict():
    config = make_config()
    set_path(config, "tools.0.args.1", "n")
    set_path(config, "agent.limits.tokens", 100)
    assert config["tools"][0]["args"] == ["q", "n"]
    assert config["agent"]["limits"] == {"steps": 0, "tokens": 100}
    with pytest.raises(ValueError):
        set_path(config, "", 1)
