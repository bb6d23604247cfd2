from key_rotation_ring import KeyRing


def test_grace_period_boundaries():
    ring = KeyRing(grace=600)
    ring.add("a", "sa", now=1000)
    ring.add("b", "sb", now=50000)
    assert ring.authenticate("sa", now=50000) == "a"
    assert ring.authenticate("sa", now=50599) == "a"
    assert ring.authenticate("sa", now=50600) is None
    assert ring.authenticate("sb", now=50600) == "b"


def test_active_key_never_falls_to_grace():
    ring = KeyRing(grace=10)
    ring.add("a", "sa", now=0)
    assert ring.authenticate("sa", now=10**6) == "a"


def test_quick_double_rotation():
    ring = KeyRing(grace=100)
    ring.add("a", "sa", now=0)
    ring.add("b", "sb", now=30)
    ring.add("c", "sc", now=60)
    assert ring.authenticate("sa", now=129) == "a"
    assert ring.authenticate("sa", now=130) is None
    assert ring.authenticate("sb", now=159) == "b"
    assert ring.authenticate("sc", now=10**5) == "c"


def test_expiry_beats_grace():
    ring = KeyRing(grace=1000)
    ring.add("a", "sa", now=0, ttl=500)
    ring.add("b", "sb", now=400)
    assert ring.authenticate("sa", now=499) == "a"
    assert ring.authenticate("sa", now=500) is None


def test_prune_removes_only_dead_keys():
    ring = KeyRing(grace=100)
    ring.add("a", "sa", now=0)
    ring.add("b", "sb", now=5000)
    ring.add("c", "sc", now=5050, ttl=10_000)
    assert ring.prune(now=5099) == []
    assert ring.prune(now=5120) == ["a"]
    assert ring.prune(now=5149) == []
    assert ring.prune(now=5150) == ["b"]
    assert ring.authenticate("sc", now=5200) == "c"
