from config_layers import DEFAULTS, load_settings


def test_env_overrides_nested_project_value():
    project = {"tools": {"shell": {"timeout": 45, "enabled": False}}}
    environ = {"AGENT_TOOLS__SHELL__TIMEOUT": "120"}
    settings = load_settings({}, project, environ, {})
    assert settings["tools"]["shell"] == {"enabled": False, "timeout": 120}


def test_env_string_value_over_project_and_user():
    settings = load_settings({"model": "u"}, {"model": "p"}, {"AGENT_MODEL": "env-model"}, {})
    assert settings["model"] == "env-model"


def test_env_beats_project_but_not_cli():
    settings = load_settings(
        {"max_turns": 1},
        {"max_turns": 2, "tools": {"web": {"enabled": False}}},
        {"AGENT_MAX_TURNS": "3", "AGENT_TOOLS__WEB__ENABLED": "true"},
        {"max_turns": 4},
    )
    assert settings["max_turns"] == 4
    assert settings["tools"]["web"] == {"enabled": True}


def test_full_precedence_chain_per_key():
    user = {"a": "user", "b": "user", "c": "user", "d": "user"}
    project = {"b": "project", "c": "project", "d": "project"}
    environ = {"AGENT_C": "env", "AGENT_D": "env", "OTHER_D": "ignored"}
    cli = {"d": "cli"}
    settings = load_settings(user, project, environ, cli)
    assert [settings[k] for k in "abcd"] == ["user", "project", "env", "cli"]


def test_layers_are_not_mutated():
    project = {"tools": {"shell": {"timeout": 10}}}
    load_settings({}, project, {"AGENT_TOOLS__SHELL__TIMEOUT": "11"}, {})
    assert project == {"tools": {"shell": {"timeout": 10}}}
    assert DEFAULTS["tools"]["shell"]["timeout"] == 30
