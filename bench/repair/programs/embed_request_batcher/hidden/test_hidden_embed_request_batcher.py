import math

import pytest

from embed_request_batcher import EmbeddingBatcher


class Backend:
    def __init__(self, table=None):
        self.batches = []
        self.table = table or {}

    def __call__(self, texts):
        self.batches.append(list(texts))
        return [self.table.get(t, (1.0, float(len(t)))) for t in texts]


def test_vectors_are_scaled_to_unit_length_exactly():
    backend = Backend({"x": (0.0, 5.0), "y": (6.0, 8.0), "z": (-2.0, 0.0)})
    out = EmbeddingBatcher(backend).embed(["x", "y", "z"])
    assert out == [[0.0, 1.0], [0.6, 0.8], [-1.0, 0.0]]


def test_zero_vector_stays_zero():
    backend = Backend({"blank": (0.0, 0.0)})
    assert EmbeddingBatcher(backend).embed(["blank"]) == [[0.0, 0.0]]


def test_cached_vectors_are_also_unit_length():
    backend = Backend({"q": (10.0, 0.0)})
    batcher = EmbeddingBatcher(backend)
    batcher.embed(["q"])
    assert batcher.cache["q"] == [1.0, 0.0]
    assert batcher.embed(["Q"]) == [[1.0, 0.0]]
    assert batcher.calls == 1


def test_duplicates_across_batches_counted_once():
    backend = Backend()
    batcher = EmbeddingBatcher(backend, batch_size=2)
    batcher.embed(["a", "b", "A", "c", "b ", "d", "a"])
    assert backend.batches == [["a", "b"], ["c", "d"]]
    assert batcher.texts_sent == 4
    assert batcher.calls == 2


def test_mix_of_cached_and_new_with_repeats():
    backend = Backend()
    batcher = EmbeddingBatcher(backend, batch_size=3)
    batcher.embed(["one"])
    out = batcher.embed(["two", "ONE", "two", "three", "Two"])
    assert backend.batches == [["one"], ["two", "three"]]
    assert out[0] == out[2] == out[4]
    assert batcher.texts_sent == 3


def test_order_preserved_and_results_do_not_alias_cache():
    backend = Backend({"p": (3.0, 4.0), "r": (4.0, 3.0)})
    batcher = EmbeddingBatcher(backend)
    out = batcher.embed(["r", "p", "r"])
    assert out == [[0.8, 0.6], [0.6, 0.8], [0.8, 0.6]]
    out[0][0] = 99.0
    assert batcher.cache["r"] == [0.8, 0.6]
    assert out[2] == [0.8, 0.6]


def test_truncation_shares_key_for_long_texts():
    backend = Backend()
    batcher = EmbeddingBatcher(backend, max_chars=5)
    out = batcher.embed(["abcdefgh", "ABCDExyz"])
    assert backend.batches == [["abcde"]]
    assert out[0] == out[1]
    for vec in out:
        assert math.isclose(sum(x * x for x in vec), 1.0)


def test_invalid_batch_size():
    with pytest.raises(ValueError):
        EmbeddingBatcher(Backend(), batch_size=0)
