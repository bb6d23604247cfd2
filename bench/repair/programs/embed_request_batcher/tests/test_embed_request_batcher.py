import math

import pytest

from embed_request_batcher import EmbeddingBatcher, l2_normalize, normalize_text


class FakeBackend:
    def __init__(self):
        self.batches = []

    def __call__(self, texts):
        self.batches.append(list(texts))
        return [[float(len(t)), float(t.count("a")), 2.0] for t in texts]


def test_normalize_text_collapses_whitespace_and_case():
    assert normalize_text("  Hello\n\tWORLD  ") == "hello world"


def test_l2_normalize():
    assert l2_normalize([3.0, 4.0]) == [0.6, 0.8]
    assert l2_normalize([0.0, 0.0]) == [0.0, 0.0]


def test_embeddings_are_unit_vectors():
    backend = FakeBackend()
    batcher = EmbeddingBatcher(backend)
    vectors = batcher.embed(["banana", "kiwi"])
    for vec in vectors:
        assert math.isclose(math.sqrt(sum(x * x for x in vec)), 1.0)


def test_batches_respect_batch_size():
    backend = FakeBackend()
    batcher = EmbeddingBatcher(backend, batch_size=2)
    batcher.embed(["a", "bb", "ccc", "dddd", "eeeee"])
    assert [len(b) for b in backend.batches] == [2, 2, 1]
    assert batcher.calls == 3


def test_cache_is_used_across_calls():
    backend = FakeBackend()
    batcher = EmbeddingBatcher(backend)
    first = batcher.embed(["alpha"])
    second = batcher.embed(["  ALPHA "])
    assert first == second
    assert batcher.calls == 1


def test_duplicate_texts_are_sent_once():
    backend = FakeBackend()
    batcher = EmbeddingBatcher(backend)
    out = batcher.embed(["Tea time", "tea  time", "coffee", "TEA TIME"])
    assert backend.batches == [["tea time", "coffee"]]
    assert batcher.texts_sent == 2
    assert out[0] == out[1] == out[3]


def test_backend_length_mismatch_raises():
    batcher = EmbeddingBatcher(lambda texts: [[1.0]])
    with pytest.raises(ValueError):
        batcher.embed(["one", "two"])
