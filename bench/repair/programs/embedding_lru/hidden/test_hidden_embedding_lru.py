import random
from collections import OrderedDict

import pytest

from embedding_lru import EmbeddingCache


class FakeProvider:
    def __init__(self):
        self.calls = []

    def __call__(self, texts):
        self.calls.append(list(texts))
        return [[float(len(text)), float(sum(map(ord, text)))] for text in texts]


def test_mixed_get_and_get_many_follow_recency():
    cache = EmbeddingCache(FakeProvider(), capacity=3)
    cache.get("a")
    cache.get("b")
    cache.get("c")
    cache.get_many(["b", "a"])
    cache.get("d")
    assert "c" not in cache
    assert all(text in cache for text in "abd")


def test_get_many_repeated_hit_refreshes_once_more():
    provider = FakeProvider()
    cache = EmbeddingCache(provider, capacity=2)
    cache.get_many(["p", "q"])
    cache.get_many(["p", "p"])
    cache.get_many(["r"])
    assert "p" in cache and "q" not in cache
    assert cache.hits == 2
    assert cache.evictions == 1


def test_get_many_counts_hits_and_misses():
    cache = EmbeddingCache(FakeProvider(), capacity=10)
    cache.get_many(["a", "b"])
    cache.get_many(["a", "c", "b"])
    assert (cache.hits, cache.misses) == (2, 3)


def test_invalid_capacity():
    with pytest.raises(ValueError):
        EmbeddingCache(FakeProvider(), capacity=0)


def test_random_operations_match_model_lru():
    rng = random.Random(17)
    for _ in range(60):
        capacity = rng.randint(1, 4)
        provider = FakeProvider()
        cache = EmbeddingCache(provider, capacity=capacity)
        model = OrderedDict()
        for _ in range(40):
            if rng.random() < 0.5:
                texts = [rng.choice("abcdef")]
                cache.get(texts[0])
            else:
                texts = [rng.choice("abcdef") for _ in range(rng.randint(1, 3))]
                texts = list(dict.fromkeys(texts))[:capacity]
                cache.get_many(texts)
            for text in texts:
                if text in model:
                    model.move_to_end(text)
            for text in texts:
                if text not in model:
                    model[text] = True
                    while len(model) > capacity:
                        model.popitem(last=False)
            assert set(model) == {text for text in "abcdef" if text in cache}
