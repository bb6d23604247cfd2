import random

from lfu_cache import LFUCache


class ReferenceLFU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.entries = {}  # key -> [value, uses, last]
        self.clock = 0
        self.evicted = []

    def touch(self, key):
        self.clock += 1
        self.entries[key][1] += 1
        self.entries[key][2] = self.clock

    def get(self, key):
        if key not in self.entries:
            return None
        self.touch(key)
        return self.entries[key][0]

    def put(self, key, value):
        if key not in self.entries and len(self.entries) == self.capacity:
            victim = sorted(self.entries, key=lambda k: self.entries[k][1:])[0]
            del self.entries[victim]
            self.evicted.append(victim)
        if key in self.entries:
            self.entries[key][0] = value
        else:
            self.entries[key] = [value, 0, 0]
        self.touch(key)


def test_random_operations_match_reference():
    rng = random.Random(99)
    for _ in range(60):
        capacity = rng.randint(1, 4)
        cache, reference = LFUCache(capacity), ReferenceLFU(capacity)
        for step in range(40):
            key = rng.randint(0, 6)
            if rng.random() < 0.5:
                assert cache.get(key) == reference.get(key)
            else:
                cache.put(key, step)
                reference.put(key, step)
            assert len(cache) == len(reference.entries) <= capacity
        assert cache.evicted == reference.evicted


def test_capacity_one_keeps_only_latest():
    cache = LFUCache(1)
    cache.put("x", 1)
    cache.put("y", 2)
    assert "x" not in cache and cache.get("y") == 2
    assert cache.evicted == ["x"]


def test_tie_broken_by_recency():
    cache = LFUCache(3)
    for key in "abc":
        cache.put(key, key)
    cache.get("a")
    cache.get("b")
    cache.get("c")
    cache.put("d", "d")
    assert cache.evicted == ["a"]
    assert len(cache) == 3


def test_eviction_order_follows_frequency():
    cache = LFUCache(2)
    cache.put("hot", 1)
    for _ in range(5):
        cache.get("hot")
    for number in range(4):
        cache.put(number, number)
    assert cache.evicted == [0, 1, 2]
    assert "hot" in cache and 3 in cache
