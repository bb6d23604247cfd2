import random

from sorted_prefix_cache import PrefixCache


def test_keys_with_prefix_includes_key_equal_to_prefix():
    cache = PrefixCache()
    for key in ["a", "ab", "abc", "b", "aa"]:
        cache.set(key, key)
    assert cache.keys_with_prefix("ab") == ["ab", "abc"]
    assert cache.keys_with_prefix("a") == ["a", "aa", "ab", "abc"]
    assert cache.keys_with_prefix("abc") == ["abc"]
    assert cache.keys_with_prefix("abcd") == []


def test_invalidate_single_exact_key():
    cache = PrefixCache()
    cache.set("session", "s")
    cache.set("settings", "t")
    assert cache.invalidate_prefix("session") == 1
    assert "session" not in cache
    assert cache.get("settings") == "t"
    assert len(cache) == 1


def test_empty_prefix_drops_everything():
    cache = PrefixCache()
    for key in ["", "x", "y"]:
        cache.set(key, 1)
    assert cache.invalidate_prefix("") == 3
    assert len(cache) == 0
    assert cache.keys_with_prefix("") == []


def test_overwrite_keeps_single_key():
    cache = PrefixCache()
    cache.set("k", 1)
    cache.set("k", 2)
    assert cache.get("k") == 2
    assert cache.keys_with_prefix("k") == ["k"]
    assert cache.invalidate_prefix("k") == 1
    assert len(cache) == 0


def test_random_against_model():
    rng = random.Random(7)
    cache = PrefixCache()
    model = {}
    alphabet = "ab"
    for _ in range(400):
        key = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        op = rng.random()
        if op < 0.5:
            cache.set(key, op)
            model[key] = op
        elif op < 0.7:
            assert cache.delete(key) == (key in model)
            model.pop(key, None)
        else:
            expected = sorted(k for k in model if k.startswith(key))
            assert cache.keys_with_prefix(key) == expected
            if op > 0.85:
                assert cache.invalidate_prefix(key) == len(expected)
                for k in expected:
                    del model[k]
        assert len(cache) == len(model)
        for k, v in model.items():
            assert cache.get(k) == v
