import hashlib
import hmac

import pytest

from webhook_hmac import SignatureError, WebhookVerifier

NOW = 1_800_000_000
BODY = b'{"type": "tool.finished", "payload": {"ok": true}}'


def _external_signature(secret, body, timestamp):
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def test_signature_from_sender_accepted():
    sig = _external_signature("s3cret", BODY, NOW)
    verifier = WebhookVerifier(["s3cret"])
    assert verifier.verify(BODY, f"t={NOW}, v1={sig}", now=NOW + 10) == NOW


def test_wrong_secret_rejected_when_fresh():
    sig = _external_signature("other", BODY, NOW)
    with pytest.raises(SignatureError):
        WebhookVerifier(["s3cret"]).verify(BODY, f"t={NOW},v1={sig}", now=NOW)


def test_timestamp_swapped_in_header_rejected():
    sig = _external_signature("s3cret", BODY, NOW - 10)
    with pytest.raises(SignatureError):
        WebhookVerifier(["s3cret"]).verify(BODY, f"t={NOW},v1={sig}", now=NOW)


def test_tolerance_boundaries():
    verifier = WebhookVerifier(["k"], tolerance=60)
    assert verifier.verify(BODY, verifier.sign(BODY, NOW - 60), now=NOW) == NOW - 60
    assert verifier.verify(BODY, verifier.sign(BODY, NOW + 60), now=NOW) == NOW + 60
    with pytest.raises(SignatureError):
        verifier.verify(BODY, verifier.sign(BODY, NOW - 61), now=NOW)
    with pytest.raises(SignatureError):
        verifier.verify(BODY, verifier.sign(BODY, NOW + 61), now=NOW)


def test_future_dated_valid_signature_rejected():
    verifier = WebhookVerifier(["k"], tolerance=300)
    with pytest.raises(SignatureError):
        verifier.verify(BODY, verifier.sign(BODY, NOW + 7200), now=NOW)


def test_stale_and_forged_rejected():
    verifier = WebhookVerifier(["k"])
    with pytest.raises(SignatureError):
        verifier.verify(BODY, f"t={NOW - 9999},v1={'0' * 64}", now=NOW)


def test_one_of_several_signatures_valid():
    verifier = WebhookVerifier(["k"])
    good = _external_signature("k", BODY, NOW)
    header = f"t={NOW},v1={'f' * 64},v1={good}"
    assert verifier.verify(BODY, header, now=NOW) == NOW


def test_malformed_headers():
    verifier = WebhookVerifier(["k"])
    for header in ("", "v1=abcd", "t=soon,v1=abcd", "t=5,v1="):
        with pytest.raises(SignatureError):
            verifier.verify(BODY, header, now=NOW)


def test_needs_a_secret():
    with pytest.raises(ValueError):
        WebhookVerifier([])
