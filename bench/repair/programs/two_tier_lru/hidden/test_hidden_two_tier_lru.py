import random
from collections import OrderedDict

from two_tier_lru import TwoTierCache


def test_promoting_the_oldest_l2_entry():
    cache = TwoTierCache(1, 2)
    for index, key in enumerate("xyz"):
        cache.put(key, index)
    assert cache.levels() == (["z"], ["x", "y"])
    assert cache.get("x") == 0
    assert cache.levels() == (["x"], ["y", "z"])
    assert cache.get("y") == 1
    assert cache.levels() == (["y"], ["z", "x"])


def test_repeated_promotions_lose_nothing():
    cache = TwoTierCache(2, 3)
    for index, key in enumerate("abcde"):
        cache.put(key, index * 10)
    for key in "abcabc":
        cache.get(key)
        assert len(cache) == 5
    assert {key: cache.get(key) for key in "abcde"} == {
        "a": 0, "b": 10, "c": 20, "d": 30, "e": 40,
    }


def test_overwrite_in_l2_moves_to_l1():
    cache = TwoTierCache(1, 1)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("a", 3)
    assert cache.levels() == (["a"], ["b"])
    assert cache.get("a") == 3
    assert cache.hits == {"l1": 1, "l2": 0, "miss": 0}


def test_matches_a_single_lru_of_the_combined_size():
    rng = random.Random(2024)
    for l1_size, l2_size in [(1, 1), (1, 3), (2, 2), (3, 5)]:
        cache = TwoTierCache(l1_size, l2_size)
        model: OrderedDict[int, int] = OrderedDict()
        for step in range(400):
            key = rng.randrange(12)
            if rng.random() < 0.4:
                cache.put(key, step)
                model[key] = step
                model.move_to_end(key)
                if len(model) > l1_size + l2_size:
                    model.popitem(last=False)
            else:
                expected = model.get(key)
                if key in model:
                    model.move_to_end(key)
                assert cache.get(key) == expected
            order = list(model)
            split = max(len(order) - l1_size, 0)
            assert cache.levels() == (order[split:], order[:split])
