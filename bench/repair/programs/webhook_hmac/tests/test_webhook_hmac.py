import pytest

from webhook_hmac import SignatureError, WebhookVerifier

NOW = 1_700_000_000
BODY = b'{"event": "run.completed", "id": "evt_1"}'


def test_signed_delivery_accepted():
    verifier = WebhookVerifier(["whsec_live"])
    header = verifier.sign(BODY, NOW - 5)
    assert verifier.verify(BODY, header, now=NOW) == NOW - 5


def test_tampered_body_rejected():
    verifier = WebhookVerifier(["whsec_live"])
    header = verifier.sign(BODY, NOW)
    with pytest.raises(SignatureError):
        verifier.verify(BODY.replace(b"completed", b"cancelled"), header, now=NOW)


def test_replayed_old_delivery_rejected():
    verifier = WebhookVerifier(["whsec_live"], tolerance=300)
    header = verifier.sign(BODY, NOW - 3600)
    with pytest.raises(SignatureError):
        verifier.verify(BODY, header, now=NOW)


def test_previous_secret_still_accepted_during_rotation():
    verifier = WebhookVerifier(["whsec_new", "whsec_old"])
    header = verifier.sign(BODY, NOW, secret_index=1)
    assert verifier.verify(BODY, header, now=NOW) == NOW


def test_header_without_signature_rejected():
    verifier = WebhookVerifier(["whsec_live"])
    with pytest.raises(SignatureError):
        verifier.verify(BODY, f"t={NOW}", now=NOW)
