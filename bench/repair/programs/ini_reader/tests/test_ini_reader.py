import pytest

from ini_reader import IniError, get_bool, get_int, parse_ini

SAMPLE = """
# service settings
[server]
host = 127.0.0.1
Port = 8080

; storage
[database]
url = postgres://app@db/main?sslmode=require
pool = 5
"""


def test_sections_and_keys():
    config = parse_ini(SAMPLE)
    assert list(config) == ["server", "database"]
    assert config["server"] == {"host": "127.0.0.1", "port": "8080"}


def test_url_with_query_string():
    config = parse_ini(SAMPLE)
    assert config["database"]["url"] == "postgres://app@db/main?sslmode=require"


def test_quoted_values():
    config = parse_ini('[ui]\ntitle = "My  App"\nsubtitle = \'beta\'\n')
    assert config["ui"] == {"title": "My  App", "subtitle": "beta"}


def test_key_before_any_section_is_an_error():
    with pytest.raises(IniError, match="line 1"):
        parse_ini("debug = true\n[main]\n")


def test_typed_getters():
    config = parse_ini("[feature]\nenabled = Yes\nretries = 3\n")
    assert get_bool(config, "feature", "enabled") is True
    assert get_int(config, "feature", "retries") == 3
    assert get_int(config, "feature", "missing", default=7) == 7
