import pytest

from typed_env_vars import EnvError, read_env

SCHEMA = {
    "debug": (bool, False),
    "port": (int, 8000),
    "ratio": (float, 0.5),
    "hosts": (list, []),
    "name": (str, "app"),
}


def test_unset_variables_use_defaults():
    assert read_env(SCHEMA, environ={}) == {
        "debug": False, "port": 8000, "ratio": 0.5, "hosts": [], "name": "app",
    }


def test_values_are_converted():
    env = {"APP_PORT": "9090", "APP_RATIO": "0.25", "APP_NAME": "billing"}
    settings = read_env(SCHEMA, environ=env)
    assert settings["port"] == 9090
    assert settings["ratio"] == 0.25
    assert settings["name"] == "billing"


def test_boolean_spellings():
    for raw in ("1", "true", "True", "YES", "on"):
        assert read_env(SCHEMA, environ={"APP_DEBUG": raw})["debug"] is True
    for raw in ("0", "false", "No", "off"):
        assert read_env(SCHEMA, environ={"APP_DEBUG": raw})["debug"] is False


def test_list_values():
    settings = read_env(SCHEMA, environ={"APP_HOSTS": "a.example, b.example,,"})
    assert settings["hosts"] == ["a.example", "b.example"]


def test_bad_value_names_the_variable():
    with pytest.raises(EnvError, match="APP_PORT"):
        read_env(SCHEMA, environ={"APP_PORT": "eighty"})


def test_custom_prefix():
    settings = read_env({"port": (int, 1)}, prefix="SVC_", environ={"SVC_PORT": "7", "APP_PORT": "8"})
    assert settings == {"port": 7}
