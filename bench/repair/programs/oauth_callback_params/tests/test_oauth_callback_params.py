import pytest

from oauth_callback_params import AuthCallbackError, parse_query, read_callback


def test_parse_query_decodes_values():
    assert parse_query("a=1&b=x+y&c=%2Fpath") == {"a": ["1"], "b": ["x y"], "c": ["/path"]}


def test_parse_query_repeated_and_blank():
    assert parse_query("t=1&t=2&flag") == {"t": ["1", "2"], "flag": [""]}


def test_parse_query_skips_empty_segments():
    assert parse_query("a=1&&b=2&") == {"a": ["1"], "b": ["2"]}


def test_successful_callback():
    url = "http://127.0.0.1:8765/callback?code=abc123&state=s-42"
    assert read_callback(url, "s-42") == "abc123"


def test_state_mismatch():
    with pytest.raises(AuthCallbackError):
        read_callback("http://127.0.0.1:8765/callback?code=abc&state=other", "s-42")


def test_provider_error_is_reported():
    url = "http://localhost/cb?state=s1&error=access_denied&error_description=User+said+no"
    with pytest.raises(AuthCallbackError, match="User said no"):
        read_callback(url, "s1")
