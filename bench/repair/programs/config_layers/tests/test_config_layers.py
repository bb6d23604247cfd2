from config_layers import DEFAULTS, env_overrides, load_settings


def test_defaults_only():
    assert load_settings({}, {}, {}, {}) == DEFAULTS


def test_project_file_beats_user_file():
    settings = load_settings({"model": "large", "max_turns": 5}, {"model": "medium"}, {}, {})
    assert settings["model"] == "medium"
    assert settings["max_turns"] == 5


def test_nested_tables_merge_key_by_key():
    settings = load_settings({"tools": {"shell": {"timeout": 90}}}, {}, {}, {})
    assert settings["tools"]["shell"] == {"enabled": True, "timeout": 90}
    assert settings["tools"]["web"] == {"enabled": False}


def test_env_parsing():
    environ = {"AGENT_MAX_TURNS": "8", "AGENT_TOOLS__WEB__ENABLED": "true", "HOME": "/root"}
    assert env_overrides(environ) == {"max_turns": 8, "tools": {"web": {"enabled": True}}}


def test_environment_beats_project_file():
    settings = load_settings({}, {"model": "medium"}, {"AGENT_MODEL": "large"}, {})
    assert settings["model"] == "large"


def test_command_line_beats_everything():
    settings = load_settings({"model": "a"}, {"model": "b"}, {"AGENT_MODEL": "c"}, {"model": "d"})
    assert settings["model"] == "d"
