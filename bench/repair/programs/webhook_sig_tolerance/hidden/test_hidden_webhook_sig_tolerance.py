import hashlib
import hmac

import pytest

from webhook_sig_tolerance import SignatureError, parse_header, sign, signature_header, verify

BODY = b'{"type":"job.failed","attempt":3}'
T = 1_650_000_123


def test_sign_matches_reference_hmac():
    expected = hmac.new(b"key", f"{T}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign("key", T, BODY) == expected


@pytest.mark.parametrize("skew", [-300, -299, -1, 0, 1, 120, 299, 300])
def test_within_tolerance_both_directions(skew):
    header = signature_header(["k"], T, BODY)
    assert verify("k", header, BODY, now=T + skew) == T


@pytest.mark.parametrize("skew", [-301, -1000, -86400, 301, 5000])
def test_outside_tolerance_both_directions(skew):
    header = signature_header(["k"], T, BODY)
    with pytest.raises(SignatureError, match="tolerance"):
        verify("k", header, BODY, now=T + skew)


def test_custom_tolerance_future_and_past():
    header = signature_header(["k"], T, BODY)
    assert verify("k", header, BODY, now=T - 10, tolerance=10) == T
    with pytest.raises(SignatureError):
        verify("k", header, BODY, now=T - 11, tolerance=10)
    with pytest.raises(SignatureError):
        verify("k", header, BODY, now=T + 11, tolerance=10)


def test_future_timestamp_rejected_even_with_valid_signature():
    future = T + 900
    header = signature_header(["k"], future, BODY)
    with pytest.raises(SignatureError):
        verify("k", header, BODY, now=T)


def test_bad_signature_inside_window_still_rejected():
    header = f"t={T},v1={'0' * 64}"
    with pytest.raises(SignatureError, match="signature"):
        verify("k", header, BODY, now=T)


def test_parse_header_and_malformed_items():
    assert parse_header(f"t={T}, v1=ab, v0=zz, v1=cd") == (T, ["ab", "cd"])
    with pytest.raises(SignatureError):
        parse_header(f"t={T},v1")
    with pytest.raises(SignatureError):
        parse_header("t=abc,v1=ff")
    with pytest.raises(SignatureError):
        parse_header("v1=ff")
