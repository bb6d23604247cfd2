import pytest

from dotenv_settings import DEFAULTS, load_settings, parse_dotenv


def test_defaults_without_sources():
    assert load_settings({}) == DEFAULTS


def test_environment_values_are_converted():
    settings = load_settings({"AGENT_MAX_TURNS": "5", "AGENT_STREAM": "off",
                              "AGENT_TEMPERATURE": "0.7", "AGENT_ALLOWED_TOOLS": "a, b,,c"})
    assert settings["max_turns"] == 5
    assert settings["stream"] is False
    assert settings["temperature"] == 0.7
    assert settings["allowed_tools"] == ("a", "b", "c")


def test_dotenv_file():
    text = '# local overrides\nexport AGENT_MODEL="large-2"\n\nAGENT_MAX_TURNS=8\n'
    assert parse_dotenv(text) == {"AGENT_MODEL": "large-2", "AGENT_MAX_TURNS": "8"}


def test_environment_beats_dotenv():
    settings = load_settings({"AGENT_MODEL": "env-model"}, "AGENT_MODEL=file-model\n")
    assert settings["model"] == "env-model"


def test_empty_value_in_dotenv():
    settings = load_settings({}, "AGENT_SYSTEM_PROMPT=\nAGENT_MAX_TURNS=3\n")
    assert settings["system_prompt"] == ""
    assert settings["max_turns"] == 3


def test_bad_boolean():
    with pytest.raises(ValueError):
        load_settings({"AGENT_STREAM": "maybe"})
