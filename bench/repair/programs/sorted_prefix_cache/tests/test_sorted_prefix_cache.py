from sorted_prefix_cache import PrefixCache


def make():
    cache = PrefixCache()
    for key in ["user:1:profile", "user:2:profile", "team:7", "user:1:avatar"]:
        cache.set(key, key.upper())
    return cache


def test_get_and_set():
    cache = make()
    assert cache.get("team:7") == "TEAM:7"
    assert cache.get("team:8") is None
    assert cache.get("team:8", 0) == 0
    assert len(cache) == 4


def test_keys_with_prefix_sorted():
    cache = make()
    assert cache.keys_with_prefix("user:1:") == ["user:1:avatar", "user:1:profile"]


def test_invalidate_prefix_drops_matching_keys():
    cache = make()
    assert cache.invalidate_prefix("user:") == 3
    assert len(cache) == 1
    assert "team:7" in cache


def test_invalidate_prefix_includes_exact_key():
    cache = PrefixCache()
    cache.set("docs", 1)
    cache.set("docs/intro", 2)
    cache.set("docs/api", 3)
    cache.set("blog", 4)
    assert cache.invalidate_prefix("docs") == 3
    assert "docs" not in cache
    assert cache.keys_with_prefix("") == ["blog"]


def test_delete():
    cache = make()
    assert cache.delete("team:7") is True
    assert cache.delete("team:7") is False
    assert cache.keys_with_prefix("team") == []


def test_keys_between_is_inclusive():
    cache = make()
    assert cache.keys_between("team:7", "user:1:profile") == [
        "team:7", "user:1:avatar", "user:1:profile"]
