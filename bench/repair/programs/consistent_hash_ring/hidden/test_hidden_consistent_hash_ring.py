import bisect

from consistent_hash_ring import HashRing

KEYS = [f"session-{n:04d}" for n in range(300)]


def clockwise_distinct(ring, key, count):
    points = sorted(ring._owners)
    start = bisect.bisect(points, ring._hash(key))
    chosen = []
    for step in range(len(points)):
        node = ring._owners[points[(start + step) % len(points)]]
        if node not in chosen:
            chosen.append(node)
    return chosen[:count]


def test_preference_list_matches_a_clockwise_walk():
    ring = HashRing([f"node-{n}" for n in range(6)], replicas=40)
    for key in KEYS:
        for count in (1, 2, 4, 6):
            assert ring.preference_list(key, count) == clockwise_distinct(ring, key, count)


def test_preference_list_with_more_replicas_than_nodes():
    ring = HashRing(["x", "y"], replicas=50)
    for key in KEYS[:60]:
        assert sorted(ring.preference_list(key, 5)) == ["x", "y"]


def test_preference_list_single_node_many_points():
    ring = HashRing(["only"], replicas=200)
    assert ring.preference_list("k", 3) == ["only"]


def test_preference_list_empty_ring():
    assert HashRing().preference_list("k", 2) == []


def test_adding_a_node_only_takes_keys_for_itself():
    ring = HashRing(["a", "b", "c"], replicas=30)
    before = {key: ring.lookup(key) for key in KEYS}
    ring.add("d")
    moved = [key for key in KEYS if ring.lookup(key) != before[key]]
    assert moved
    assert all(ring.lookup(key) == "d" for key in moved)


def test_nodes_property_and_remove_all():
    ring = HashRing(["a", "b"], replicas=10)
    assert ring.nodes == {"a", "b"}
    ring.remove("a")
    ring.remove("b")
    assert ring.nodes == set()
    assert ring.preference_list("k", 1) == []


def test_second_choice_takes_over_when_primary_removed():
    ring = HashRing([f"node-{n}" for n in range(5)], replicas=25)
    for key in KEYS[:80]:
        first, second = ring.preference_list(key, 2)
        smaller = HashRing([n for n in ring.nodes if n != first], replicas=25)
        assert smaller.lookup(key) == second
