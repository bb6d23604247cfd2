import pytest

from ini_reader import IniError, get_bool, get_int, parse_ini


def test_base64_padding_is_kept():
    config = parse_ini("[auth]\ntoken = dXNlcjpwYXNz==\n")
    assert config["auth"]["token"] == "dXNlcjpwYXNz=="


def test_several_equals_signs_in_a_value():
    config = parse_ini("[query]\nfilter = a=1&b=2&c=3\n")
    assert config["query"] == {"filter": "a=1&b=2&c=3"}


def test_quoted_value_containing_equals():
    config = parse_ini('[env]\nextra = "--opt=x --level=2"\n')
    assert config["env"]["extra"] == "--opt=x --level=2"


def test_empty_value_allowed():
    config = parse_ini("[main]\nname =\nlabel = x\n")
    assert config["main"] == {"name": "", "label": "x"}


def test_missing_key_is_an_error():
    with pytest.raises(IniError, match="line 2"):
        parse_ini("[main]\n= value\n")


def test_line_without_separator_is_an_error():
    with pytest.raises(IniError, match="line 3"):
        parse_ini("[main]\na = 1\njust some words\n")


def test_repeated_section_is_merged_and_later_keys_win():
    config = parse_ini("[a]\nx = 1\n[b]\ny = 2\n[a]\nx = 3\nz = 4\n")
    assert config == {"a": {"x": "3", "z": "4"}, "b": {"y": "2"}}


def test_keys_lower_cased_values_not():
    config = parse_ini("[Main]\nLogLevel = DEBUG\n")
    assert config == {"Main": {"loglevel": "DEBUG"}}
    assert get_bool(parse_ini("[m]\nflag = off\n"), "m", "FLAG", default=True) is False


def test_bad_typed_values():
    config = parse_ini("[m]\nflag = maybe\ncount = ten\n")
    with pytest.raises(IniError):
        get_bool(config, "m", "flag")
    with pytest.raises(IniError):
        get_int(config, "m", "count")
