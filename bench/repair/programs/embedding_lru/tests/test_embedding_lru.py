from embedding_lru import EmbeddingCache


class FakeProvider:
    def __init__(self):
        self.calls = []

    def __call__(self, texts):
        self.calls.append(list(texts))
        return [[float(len(text)), float(ord(text[0]))] for text in texts]


def test_second_lookup_is_served_from_cache():
    provider = FakeProvider()
    cache = EmbeddingCache(provider)
    assert cache.get("hello") == [5.0, 104.0]
    assert cache.get("hello") == [5.0, 104.0]
    assert provider.calls == [["hello"]]
    assert (cache.hits, cache.misses) == (1, 1)


def test_oldest_entry_evicted_at_capacity():
    cache = EmbeddingCache(FakeProvider(), capacity=2)
    cache.get("a")
    cache.get("b")
    cache.get("c")
    assert "a" not in cache
    assert len(cache) == 2
    assert cache.evictions == 1


def test_get_keeps_entry_fresh():
    cache = EmbeddingCache(FakeProvider(), capacity=2)
    cache.get("a")
    cache.get("b")
    cache.get("a")
    cache.get("c")
    assert "a" in cache
    assert "b" not in cache


def test_get_many_embeds_only_missing_texts_in_one_call():
    provider = FakeProvider()
    cache = EmbeddingCache(provider)
    cache.get("x")
    vectors = cache.get_many(["x", "yy", "zzz", "yy"])
    assert vectors == [[1.0, 120.0], [2.0, 121.0], [3.0, 122.0], [2.0, 121.0]]
    assert provider.calls == [["x"], ["yy", "zzz"]]


def test_get_many_keeps_entries_fresh():
    cache = EmbeddingCache(FakeProvider(), capacity=3)
    cache.get_many(["a", "b", "c"])
    cache.get_many(["a"])
    cache.get("d")
    assert "a" in cache
    assert "b" not in cache
