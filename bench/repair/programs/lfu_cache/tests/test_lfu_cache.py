import pytest

from lfu_cache import LFUCache


def test_get_and_put():
    cache = LFUCache(2)
    cache.put("a", 1)
    assert cache.get("a") == 1
    assert cache.get("b") is None
    assert cache.get("b", 0) == 0


def test_never_holds_more_than_capacity():
    cache = LFUCache(3)
    for number in range(10):
        cache.put(number, str(number))
    assert len(cache) == 3


def test_least_frequently_used_is_evicted():
    cache = LFUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.get("a")
    cache.put("c", 3)
    assert "b" not in cache
    assert cache.get("a") == 1 and cache.get("c") == 3


def test_update_existing_key_does_not_evict():
    cache = LFUCache(2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 10)
    assert len(cache) == 2
    assert cache.get("a") == 10
    assert cache.uses("a") == 3


def test_capacity_must_be_positive():
    with pytest.raises(ValueError):
        LFUCache(0)
