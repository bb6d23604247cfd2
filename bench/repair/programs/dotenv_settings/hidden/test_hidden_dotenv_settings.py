from dotenv_settings import load_settings, parse_dotenv, unquote


def test_unquote():
    assert unquote("'single'") == "single"
    assert unquote('"double"') == "double"
    assert unquote('"mismatched\'') == '"mismatched\''
    assert unquote("plain") == "plain"


def test_empty_and_quoted_empty_values():
    text = "AGENT_MODEL=''\nAGENT_ALLOWED_TOOLS=\nexport AGENT_SYSTEM_PROMPT=\n"
    assert parse_dotenv(text) == {"AGENT_MODEL": "", "AGENT_ALLOWED_TOOLS": "",
                                  "AGENT_SYSTEM_PROMPT": ""}
    settings = load_settings({}, text)
    assert settings["allowed_tools"] == ()
    assert settings["model"] == ""


def test_value_with_spaces_around_equals():
    assert parse_dotenv("AGENT_MODEL = \nAGENT_MAX_TURNS = 4\n") == {
        "AGENT_MODEL": "", "AGENT_MAX_TURNS": "4"}


def test_environment_empty_string_for_text_setting():
    settings = load_settings({"AGENT_SYSTEM_PROMPT": ""}, "AGENT_SYSTEM_PROMPT=from file\n")
    assert settings["system_prompt"] == ""


def test_comments_and_lines_without_equals_skipped():
    text = "# AGENT_MODEL=commented\nAGENT_MAX_TURNS\n  AGENT_STREAM=  \nAGENT_MODEL='m'\n"
    assert parse_dotenv(text) == {"AGENT_STREAM": "", "AGENT_MODEL": "m"}
