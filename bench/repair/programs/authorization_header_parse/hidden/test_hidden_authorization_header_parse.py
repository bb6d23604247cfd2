import base64

import pytest

from authorization_header_parse import AuthError, basic_header, bearer_token, parse_authorization


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def test_password_with_several_colons():
    assert parse_authorization("Basic " + b64("svc:a:b:c")) == ("basic", ("svc", "a:b:c"))


def test_password_ending_in_colon():
    assert parse_authorization("Basic " + b64("svc:pw:")) == ("basic", ("svc", "pw:"))


def test_empty_password():
    assert parse_authorization("Basic " + b64("carol:")) == ("basic", ("carol", ""))


def test_empty_user():
    assert parse_authorization("basic " + b64(":only-pw")) == ("basic", ("", "only-pw"))


def test_unicode_credentials():
    header = basic_header("jürgen", "päss:wört")
    assert parse_authorization(header) == ("basic", ("jürgen", "päss:wört"))


def test_no_colon_is_rejected():
    with pytest.raises(AuthError):
        parse_authorization("Basic " + b64("justauser"))


def test_non_utf8_is_rejected():
    raw = base64.b64encode(b"\xff\xfe:x").decode("ascii")
    with pytest.raises(AuthError):
        parse_authorization("Basic " + raw)


def test_empty_header():
    with pytest.raises(AuthError):
        parse_authorization("   ")
    with pytest.raises(AuthError):
        parse_authorization(None)


def test_bearer_with_space_rejected():
    with pytest.raises(AuthError):
        parse_authorization("Bearer two words")


def test_other_scheme_keeps_raw_params():
    assert parse_authorization('Digest username="x", realm="r"') == (
        "digest", 'username="x", realm="r"')


def test_surrounding_whitespace():
    assert parse_authorization("  Bearer   tk1  ") == ("bearer", "tk1")


def test_bearer_token_of_basic_header_is_none():
    assert bearer_token({"AUTHORIZATION": basic_header("u", "p:q")}) is None
