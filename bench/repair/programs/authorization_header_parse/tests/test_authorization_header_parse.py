import pytest

from authorization_header_parse import AuthError, basic_header, bearer_token, parse_authorization


def test_basic_credentials():
    assert parse_authorization("Basic YWxpY2U6c2VjcmV0") == ("basic", ("alice", "secret"))


def test_bearer_token():
    assert parse_authorization("Bearer abc.def.ghi") == ("bearer", "abc.def.ghi")


def test_scheme_is_case_insensitive():
    assert parse_authorization("bEaReR tok")[0] == "bearer"


def test_basic_header_round_trip():
    assert parse_authorization(basic_header("bot", "p@ss:w0rd")) == ("basic", ("bot", "p@ss:w0rd"))


def test_malformed_base64_is_rejected():
    with pytest.raises(AuthError):
        parse_authorization("Basic not-base64!!")


def test_missing_credentials():
    with pytest.raises(AuthError):
        parse_authorization("Bearer   ")


def test_bearer_token_from_headers():
    assert bearer_token({"Content-Type": "x", "authorization": "Bearer t0k"}) == "t0k"
    assert bearer_token({"Accept": "*/*"}) is None
