from signing_key_grace_ring import KeyRing

BODY = b'{"event": "run.finished", "id": 7}'


def test_sign_and_verify():
    ring = KeyRing("k1", b"first-secret")
    sig = ring.sign(BODY)
    assert sig.startswith("k1:")
    assert ring.verify(BODY, sig, now=0.0)


def test_tampered_body_fails():
    ring = KeyRing("k1", b"first-secret")
    sig = ring.sign(BODY)
    assert not ring.verify(BODY + b" ", sig, now=0.0)


def test_new_key_signs_after_rotation():
    ring = KeyRing("k1", b"first-secret")
    ring.rotate("k2", b"second-secret", now=1000.0)
    assert ring.sign(BODY).startswith("k2:")
    assert ring.verify(BODY, ring.sign(BODY), now=1000.0)


def test_old_signature_valid_during_grace():
    ring = KeyRing("k1", b"first-secret", grace=600)
    old = ring.sign(BODY)
    ring.rotate("k2", b"second-secret", now=1000.0)
    assert ring.verify(BODY, old, now=1300.0)
    assert ring.active_ids(1300.0) == ["k2", "k1"]


def test_old_signature_rejected_after_grace():
    ring = KeyRing("k1", b"first-secret", grace=600)
    old = ring.sign(BODY)
    ring.rotate("k2", b"second-secret", now=1000.0)
    assert not ring.verify(BODY, old, now=1600.0)
    assert ring.active_ids(1600.0) == ["k2"]


def test_garbage_signature():
    ring = KeyRing("k1", b"first-secret")
    assert not ring.verify(BODY, "no-separator-here", now=0.0)
