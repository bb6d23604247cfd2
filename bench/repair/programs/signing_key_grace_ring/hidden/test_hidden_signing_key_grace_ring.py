import hashlib
import hmac

import pytest

from signing_key_grace_ring import KeyRing

BODY = b"payload-123"


def mac(secret, body=BODY):
    return hmac.new(secret, body, hashlib.sha256).hexdigest()


def test_signature_format():
    ring = KeyRing("a", b"s-a")
    assert ring.sign(BODY) == "a:" + mac(b"s-a")


def test_grace_boundaries():
    ring = KeyRing("a", b"s-a", grace=30)
    ring.rotate("b", b"s-b", now=100.0)
    sig = "a:" + mac(b"s-a")
    assert ring.verify(BODY, sig, now=100.0)
    assert ring.verify(BODY, sig, now=129.99)
    assert not ring.verify(BODY, sig, now=130.0)
    assert not ring.verify(BODY, sig, now=500.0)


def test_active_ids_boundaries():
    ring = KeyRing("a", b"s-a", grace=30)
    assert ring.active_ids(0.0) == ["a"]
    ring.rotate("b", b"s-b", now=100.0)
    assert ring.active_ids(129.0) == ["b", "a"]
    assert ring.active_ids(130.0) == ["b"]


def test_second_rotation_drops_oldest_key():
    ring = KeyRing("a", b"s-a", grace=1000)
    ring.rotate("b", b"s-b", now=0.0)
    ring.rotate("c", b"s-c", now=10.0)
    assert not ring.verify(BODY, "a:" + mac(b"s-a"), now=20.0)
    assert ring.verify(BODY, "b:" + mac(b"s-b"), now=20.0)
    assert ring.verify(BODY, "c:" + mac(b"s-c"), now=20.0)
    assert ring.active_ids(20.0) == ["c", "b"]


def test_grace_restarts_at_each_rotation():
    ring = KeyRing("a", b"s-a", grace=50)
    ring.rotate("b", b"s-b", now=0.0)
    ring.rotate("c", b"s-c", now=40.0)
    assert ring.verify(BODY, "b:" + mac(b"s-b"), now=89.0)
    assert not ring.verify(BODY, "b:" + mac(b"s-b"), now=90.0)


def test_previous_id_with_wrong_secret_rejected():
    ring = KeyRing("a", b"s-a", grace=100)
    ring.rotate("b", b"s-b", now=0.0)
    assert not ring.verify(BODY, "a:" + mac(b"s-b"), now=1.0)


def test_unknown_key_id_rejected():
    ring = KeyRing("a", b"s-a")
    assert not ring.verify(BODY, "zzz:" + mac(b"s-a"), now=0.0)


def test_rotate_to_same_id_refused():
    ring = KeyRing("a", b"s-a")
    with pytest.raises(ValueError):
        ring.rotate("a", b"other", now=0.0)
