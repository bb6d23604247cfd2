import pytest

from signed_hook_verifier import HookVerifier, SignatureError, parse_header, sign

SECRET = "whsec_hidden"
BODY = b'{"type": "tool.finished", "seq": 42}'


def header_for(ts, body=BODY, secret=SECRET):
    return f"t={ts},v1={sign(secret, ts, body)}"


def test_bad_timestamps_raise_signature_error():
    for header in ("t=,v1=aa", "t=12.5,v1=aa", "t=0x10,v1=aa", "v1=aa,v0=bb"):
        with pytest.raises(SignatureError):
            parse_header(header)


def test_timestamp_is_part_of_signature():
    verifier = HookVerifier(SECRET, tolerance=600)
    good = sign(SECRET, 2000, BODY)
    with pytest.raises(SignatureError):
        verifier.verify(f"t=2100,v1={good}", BODY, now=2100)
    assert verifier.verify(f"t=2000,v1={good}", BODY, now=2450)


def test_delivery_within_tolerance_either_side():
    verifier = HookVerifier(SECRET, tolerance=60)
    assert verifier.verify(header_for(5000), BODY, now=5060)
    assert verifier.verify(header_for(5100), BODY, now=5040)
    with pytest.raises(SignatureError):
        verifier.verify(header_for(6000), BODY, now=5900)


def test_one_of_several_signatures_matches():
    verifier = HookVerifier(SECRET)
    ts = 7000
    header = f"t={ts},v1={sign('old-secret', ts, BODY)},v1={sign(SECRET, ts, BODY)}"
    assert verifier.verify(header, BODY, now=ts + 30)


def test_tampered_body_rejected():
    verifier = HookVerifier(SECRET)
    with pytest.raises(SignatureError):
        verifier.verify(header_for(8000), BODY + b" ", now=8010)


def test_replay_rejected_then_forgotten():
    verifier = HookVerifier(SECRET, tolerance=100)
    header = header_for(9000)
    assert verifier.verify(header, BODY, now=9020)
    with pytest.raises(SignatureError):
        verifier.verify(header, BODY, now=9050)
    verifier.verify(header_for(9300), BODY, now=9300)
    assert sign(SECRET, 9000, BODY) not in verifier._seen
