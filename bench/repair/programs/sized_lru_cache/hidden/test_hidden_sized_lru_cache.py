from collections import OrderedDict
import random

from sized_lru_cache import SizedLRU


def test_replacing_value_updates_size():
    cache = SizedLRU(10)
    cache.put("a", "aaaaaa")
    cache.put("a", "aa")
    assert cache.size == 2
    cache.put("b", "bbbbbbbb")
    assert cache.keys() == ["a", "b"]
    assert cache.size == 10


def test_new_entry_survives_eviction():
    cache = SizedLRU(6)
    cache.put("a", "aaa")
    cache.put("b", "bbb")
    assert cache.put("c", "cccc")
    assert cache.get("c") == "cccc"
    assert "a" not in cache and "b" not in cache
    assert cache.size == 4


def test_delete_then_refill_keeps_others():
    cache = SizedLRU(6)
    cache.put("x", "xxx")
    cache.put("y", "yyy")
    cache.delete("x")
    cache.put("z", "zzz")
    assert cache.keys() == ["y", "z"]
    assert cache.size == 6


def test_custom_sizeof():
    cache = SizedLRU(100, sizeof=lambda v: v["bytes"])
    cache.put(1, {"bytes": 60})
    cache.put(2, {"bytes": 30})
    cache.get(1)
    cache.put(3, {"bytes": 20})
    assert cache.keys() == [1, 3]
    assert cache.size == 80


def test_random_against_model():
    rng = random.Random(3)
    cache = SizedLRU(20)
    model = OrderedDict()
    for _ in range(500):
        key = rng.randrange(8)
        if rng.random() < 0.25:
            assert cache.delete(key) == (key in model)
            model.pop(key, None)
        elif rng.random() < 0.4:
            expected = model.get(key)
            if key in model:
                model.move_to_end(key)
            assert cache.get(key) == expected
        else:
            value = "v" * rng.randint(1, 9)
            model.pop(key, None)
            model[key] = value
            while sum(map(len, model.values())) > 20:
                model.popitem(last=False)
            cache.put(key, value)
        assert cache.keys() == list(model)
        assert cache.size == sum(map(len, model.values()))
