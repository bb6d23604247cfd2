import pytest

from signed_hook_verifier import HookVerifier, SignatureError, parse_header, sign

SECRET = "whsec_test"
BODY = b'{"event": "run.completed", "id": "evt_1"}'


def header_for(ts, body=BODY, secret=SECRET):
    return f"t={ts},v1={sign(secret, ts, body)}"


def test_parse_header():
    assert parse_header("t=1700000000,v1=abc,v1=def") == (1700000000, ["abc", "def"])


def test_missing_timestamp():
    with pytest.raises(SignatureError):
        parse_header("v1=abc")


def test_malformed_timestamp():
    with pytest.raises(SignatureError):
        parse_header("t=yesterday,v1=abc")


def test_valid_delivery_a_few_seconds_later():
    verifier = HookVerifier(SECRET)
    assert verifier.verify(header_for(1700000000), BODY, now=1700000004)


def test_wrong_secret_rejected():
    verifier = HookVerifier(SECRET)
    with pytest.raises(SignatureError):
        verifier.verify(header_for(1700000000, secret="other"), BODY, now=1700000000)


def test_stale_delivery_rejected():
    verifier = HookVerifier(SECRET, tolerance=300)
    with pytest.raises(SignatureError):
        verifier.verify(header_for(1700000000), BODY, now=1700000301)
