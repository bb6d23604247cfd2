import pytest

from ini_section_reader import parse_ini


def test_semicolon_comment_that_looks_like_a_setting():
    text = "[cache]\n; size = 100\nsize = 10\n  ; ttl = 5\n"
    assert parse_ini(text)["cache"] == {"size": "10"}


def test_semicolon_comment_before_any_section():
    config = parse_ini(";; top comment\nretries = 3\n[job]\n")
    assert config["DEFAULT"] == {"retries": "3"}
    assert config["job"] == {"retries": "3"}


def test_semicolon_inside_value_is_kept():
    config = parse_ini("[s]\ncmd = a; b\n")
    assert config["s"]["cmd"] == "a; b"


def test_first_separator_wins():
    config = parse_ini("[urls]\nhome = http://x.org:80\nlink: a=b\n")
    assert config["urls"] == {"home": "http://x.org:80", "link": "a=b"}


def test_repeated_header_and_custom_default():
    config = parse_ini("x = 1\n[a]\ny = 2\n[a]\nz = 3\n", default_section="common")
    assert config["a"] == {"x": "1", "y": "2", "z": "3"}
    assert config["common"] == {"x": "1"}


def test_empty_key_is_an_error():
    with pytest.raises(ValueError):
        parse_ini("[a]\n= value\n")
