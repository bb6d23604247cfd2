import pytest

from typed_env_vars import EnvError, parse_bool, read_env


@pytest.mark.parametrize("raw", ["TRUE", "Yes", "ON", "On", " tRuE ", "1"])
def test_true_spellings_any_case(raw):
    assert parse_bool(raw) is True


@pytest.mark.parametrize("raw", ["FALSE", "nO", "OFF", " Off\n", "0"])
def test_false_spellings_any_case(raw):
    assert parse_bool(raw) is False


@pytest.mark.parametrize("raw", ["maybe", "2", "y", "enabled"])
def test_other_words_are_rejected(raw):
    with pytest.raises(EnvError, match="APP_VERBOSE"):
        read_env({"verbose": (bool, False)}, environ={"APP_VERBOSE": raw})


def test_mixed_case_flag_in_schema():
    schema = {"use_cache": (bool, False), "workers": (int, 1)}
    env = {"APP_USE_CACHE": "YES", "APP_WORKERS": " 4 "}
    assert read_env(schema, environ=env) == {"use_cache": True, "workers": 4}


def test_empty_value_counts_as_unset_except_for_strings():
    schema = {"debug": (bool, True), "port": (int, 80), "motd": (str, "hi")}
    env = {"APP_DEBUG": "", "APP_PORT": "  ", "APP_MOTD": ""}
    assert read_env(schema, environ=env) == {"debug": True, "port": 80, "motd": ""}


def test_float_error():
    with pytest.raises(EnvError, match="APP_RATIO"):
        read_env({"ratio": (float, 1.0)}, environ={"APP_RATIO": "half"})


def test_string_value_kept_verbatim():
    settings = read_env({"banner": (str, "")}, environ={"APP_BANNER": "  Hello, World  "})
    assert settings["banner"] == "  Hello, World  "
