import pytest

from webhook_sig_tolerance import SignatureError, sign, signature_header, verify

BODY = b'{"event": "run.completed", "id": "evt_1"}'
NOW = 1_700_000_000


def test_valid_signature_is_accepted():
    header = signature_header(["s3cret"], NOW, BODY)
    assert verify("s3cret", header, BODY, now=NOW + 5) == NOW


def test_tampered_body_is_rejected():
    header = signature_header(["s3cret"], NOW, BODY)
    with pytest.raises(SignatureError):
        verify("s3cret", header, BODY + b" ", now=NOW)


def test_wrong_secret_is_rejected():
    header = signature_header(["other"], NOW, BODY)
    with pytest.raises(SignatureError):
        verify("s3cret", header, BODY, now=NOW)


def test_any_rotated_signature_matches():
    header = signature_header(["old-secret", "new-secret"], NOW, BODY)
    assert verify("new-secret", header, BODY, now=NOW) == NOW
    assert verify("old-secret", header, BODY, now=NOW) == NOW


def test_replayed_old_request_is_rejected():
    header = signature_header(["s3cret"], NOW, BODY)
    with pytest.raises(SignatureError):
        verify("s3cret", header, BODY, now=NOW + 3600)


def test_timestamp_from_the_future_is_rejected():
    header = signature_header(["s3cret"], NOW, BODY)
    with pytest.raises(SignatureError):
        verify("s3cret", header, BODY, now=NOW - 3600)


def test_header_without_signature_is_rejected():
    with pytest.raises(SignatureError):
        verify("s3cret", f"t={NOW}", BODY, now=NOW)
    assert len(sign("k", NOW, BODY)) == 64
