import pytest

from sized_lru_cache import SizedLRU


def test_put_and_get_within_budget():
    cache = SizedLRU(10)
    assert cache.put("a", "xxx")
    assert cache.put("b", "yyyy")
    assert cache.get("a") == "xxx"
    assert cache.get("b") == "yyyy"
    assert cache.size == 7


def test_oldest_entry_evicted_first():
    cache = SizedLRU(10)
    cache.put("a", "aaaa")
    cache.put("b", "bbbb")
    cache.put("c", "cccc")
    assert "a" not in cache
    assert cache.keys() == ["b", "c"]
    assert cache.size == 8


def test_get_marks_entry_recent():
    cache = SizedLRU(9)
    cache.put("a", "aaa")
    cache.put("b", "bbb")
    cache.put("c", "ccc")
    cache.get("a")
    cache.put("d", "ddd")
    assert cache.keys() == ["c", "a", "d"]


def test_delete_frees_space():
    cache = SizedLRU(10)
    cache.put("a", "aaaaa")
    cache.put("b", "bbbbb")
    assert cache.delete("a") is True
    assert cache.delete("a") is False
    assert cache.size == 5


def test_value_larger_than_cache_rejected():
    cache = SizedLRU(4)
    cache.put("a", "aa")
    assert cache.put("big", "bbbbb") is False
    assert "big" not in cache
    assert cache.get("a") == "aa"


def test_max_size_must_be_positive():
    with pytest.raises(ValueError):
        SizedLRU(0)
