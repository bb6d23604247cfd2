import pytest

from two_tier_lru import TwoTierCache


def test_put_then_get():
    cache = TwoTierCache(2, 4)
    cache.put("a", 1)
    assert cache.get("a") == 1
    assert cache.get("zzz", "none") == "none"


def test_l1_overflow_demotes_to_l2():
    cache = TwoTierCache(1, 2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.levels() == (["b"], ["a"])
    assert "a" in cache and len(cache) == 2


def test_l2_hit_promotes_the_entry():
    cache = TwoTierCache(1, 2)
    cache.put("a", 1)
    cache.put("b", 2)
    assert cache.get("a") == 1
    assert cache.levels() == (["a"], ["b"])
    assert cache.hits == {"l1": 0, "l2": 1, "miss": 0}


def test_promotion_in_a_full_cache_keeps_every_entry():
    cache = TwoTierCache(2, 2)
    for index, key in enumerate("abcd"):
        cache.put(key, index)
    assert cache.get("b") == 1
    assert len(cache) == 4
    assert cache.levels() == (["d", "b"], ["a", "c"])


def test_least_recent_entry_leaves_l2():
    cache = TwoTierCache(2, 2)
    for index, key in enumerate("abcde"):
        cache.put(key, index)
    assert "a" not in cache
    assert cache.levels() == (["d", "e"], ["b", "c"])


def test_sizes_must_be_positive():
    with pytest.raises(ValueError):
        TwoTierCache(0, 3)
