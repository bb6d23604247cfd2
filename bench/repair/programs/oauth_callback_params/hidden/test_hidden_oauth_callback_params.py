import pytest

from oauth_callback_params import AuthCallbackError, parse_query, read_callback


def test_empty_and_separator_only_queries():
    assert parse_query("") == {}
    assert parse_query("&") == {}
    assert parse_query("&&x=1") == {"x": ["1"]}


def test_nameless_parameter_still_rejected():
    with pytest.raises(AuthCallbackError):
        parse_query("a=1&=oops")


def test_callback_with_stray_ampersands():
    assert read_callback("http://127.0.0.1/cb?&code=Z9&&state=st&", "st") == "Z9"


def test_value_with_equals_sign():
    assert parse_query("code=ab%3D%3D&x=a=b") == {"code": ["ab=="], "x": ["a=b"]}


def test_missing_code_and_missing_query():
    with pytest.raises(AuthCallbackError, match="no authorization code"):
        read_callback("http://127.0.0.1/cb?state=st&code=", "st")
    with pytest.raises(AuthCallbackError):
        read_callback("http://127.0.0.1/cb", "st")


def test_duplicate_code_refused():
    with pytest.raises(AuthCallbackError, match="2 times"):
        read_callback("http://127.0.0.1/cb?state=st&code=a&code=b", "st")


def test_error_without_description():
    with pytest.raises(AuthCallbackError, match="invalid_scope"):
        read_callback("http://127.0.0.1/cb?state=st&error=invalid_scope&", "st")
