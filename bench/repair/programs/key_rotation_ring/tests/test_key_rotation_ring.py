from key_rotation_ring import KeyRing


def test_active_key_authenticates():
    ring = KeyRing()
    ring.add("k1", "secret-one", now=0)
    assert ring.authenticate("secret-one", now=10) == "k1"


def test_unknown_secret_refused():
    ring = KeyRing()
    ring.add("k1", "secret-one", now=0)
    assert ring.authenticate("nope", now=10) is None


def test_ttl_expiry():
    ring = KeyRing()
    ring.add("k1", "secret-one", now=100, ttl=50)
    assert ring.authenticate("secret-one", now=149) == "k1"
    assert ring.authenticate("secret-one", now=150) is None


def test_old_key_still_works_right_after_rotation():
    ring = KeyRing(grace=3600)
    ring.add("k1", "secret-one", now=0)
    ring.add("k2", "secret-two", now=86400)
    assert ring.active_id == "k2"
    assert ring.authenticate("secret-one", now=86400 + 60) == "k1"
    assert ring.authenticate("secret-two", now=86400 + 60) == "k2"
