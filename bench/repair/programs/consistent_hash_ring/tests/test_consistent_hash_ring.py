import pytest

from consistent_hash_ring import HashRing

KEYS = [f"user:{n}" for n in range(500)]


def test_empty_ring_lookup_raises():
    with pytest.raises(LookupError):
        HashRing().lookup("anything")


def test_lookup_is_stable_and_returns_a_member():
    ring = HashRing(["cache-a", "cache-b", "cache-c"])
    for key in KEYS[:50]:
        assert ring.lookup(key) in {"cache-a", "cache-b", "cache-c"}
        assert ring.lookup(key) == ring.lookup(key)


def test_keys_spread_over_all_nodes():
    ring = HashRing(["cache-a", "cache-b", "cache-c"])
    owners = [ring.lookup(key) for key in KEYS]
    for node in ("cache-a", "cache-b", "cache-c"):
        assert owners.count(node) > 50


def test_removing_a_node_only_moves_its_keys():
    ring = HashRing(["cache-a", "cache-b", "cache-c", "cache-d"])
    before = {key: ring.lookup(key) for key in KEYS}
    ring.remove("cache-b")
    for key, owner in before.items():
        if owner != "cache-b":
            assert ring.lookup(key) == owner
        else:
            assert ring.lookup(key) != "cache-b"


def test_preference_list_for_replication():
    ring = HashRing(["cache-a", "cache-b", "cache-c", "cache-d"])
    for key in KEYS[:100]:
        replicas = ring.preference_list(key, 3)
        assert len(replicas) == 3
        assert len(set(replicas)) == 3
        assert replicas[0] == ring.lookup(key)
