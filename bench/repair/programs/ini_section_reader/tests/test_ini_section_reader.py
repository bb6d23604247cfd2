import pytest

from ini_section_reader import get_int, parse_ini

SAMPLE = """\
[server]
Host = example.org
port: 8080

[paths]
root = /srv/www
"""


def test_sections_and_keys():
    config = parse_ini(SAMPLE)
    assert config["server"] == {"host": "example.org", "port": "8080"}
    assert config["paths"] == {"root": "/srv/www"}


def test_comments_and_blank_lines_are_skipped():
    text = "# generated file\n[db]\n; credentials live elsewhere\nname = app\n\n"
    assert parse_ini(text)["db"] == {"name": "app"}


def test_defaults_are_inherited():
    config = parse_ini("timeout = 5\n[a]\n[b]\ntimeout = 9\n")
    assert config["a"]["timeout"] == "5"
    assert config["b"]["timeout"] == "9"


def test_continuation_lines():
    config = parse_ini("[motd]\ntext = hello\n  world\n")
    assert config["motd"]["text"] == "hello\nworld"


def test_missing_separator_is_an_error():
    with pytest.raises(ValueError):
        parse_ini("[x]\njust words\n")


def test_get_int():
    config = parse_ini(SAMPLE)
    assert get_int(config, "server", "PORT") == 8080
    assert get_int(config, "server", "workers", fallback=4) == 4
