import math
import random

import pytest

from vector_topk import VectorIndex


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.dist(a, [0] * len(a)) * math.dist(b, [0] * len(b)))


def test_small_vectors_pass_threshold_on_direction():
    index = VectorIndex(3)
    index.add("tiny", "t", [0.01, 0.0, 0.0])
    index.add("big-off", "b", [10.0, 30.0, 0.0])
    hits = index.search([0.2, 0.0, 0.0], k=3, min_score=0.5)
    assert [hit.chunk_id for hit in hits] == ["tiny"]
    assert hits[0].score == pytest.approx(1.0)


def test_negative_threshold_keeps_everything_above_it():
    index = VectorIndex(2)
    index.add("same", "s", [5.0, 0.0])
    index.add("against", "a", [-5.0, 0.0])
    index.add("slightly-against", "x", [-0.5, 5.0])
    hits = index.search([2.0, 0.0], k=5, min_score=-0.5)
    assert [hit.chunk_id for hit in hits] == ["same", "slightly-against"]


def test_default_threshold_excludes_opposite_directions_only():
    index = VectorIndex(2)
    index.add("left", "l", [-3.0, 0.1])
    index.add("up", "u", [0.0, 0.4])
    hits = index.search([0.5, 0.5], k=5)
    assert [hit.chunk_id for hit in hits] == ["up"]


def test_random_against_brute_force():
    rng = random.Random(42)
    for _ in range(100):
        index = VectorIndex(3)
        rows = []
        for number in range(rng.randint(1, 8)):
            vector = [rng.uniform(-5, 5) for _ in range(3)]
            doc = f"d{rng.randint(0, 3)}"
            index.add(f"c{number}", doc, vector)
            rows.append((f"c{number}", doc, vector))
        query = [rng.uniform(-2, 2) for _ in range(3)]
        threshold = rng.uniform(-0.5, 0.9)
        k, per_doc = rng.randint(1, 4), rng.randint(1, 2)
        ranked = sorted(((cosine(query, v), c, d) for c, d, v in rows),
                        key=lambda t: (-t[0], t[1]))
        expected, taken = [], {}
        for score, chunk_id, doc in ranked:
            if score < threshold or taken.get(doc, 0) >= per_doc:
                continue
            taken[doc] = taken.get(doc, 0) + 1
            expected.append(chunk_id)
        expected = expected[:k]
        hits = index.search(query, k=k, per_doc=per_doc, min_score=threshold)
        assert [hit.chunk_id for hit in hits] == expected


def test_zero_chunk_skipped():
    index = VectorIndex(2)
    index.add("zero", "z", [0.0, 0.0])
    index.add("one", "o", [1.0, 1.0])
    assert [hit.chunk_id for hit in index.search([1.0, 0.0])] == ["one"]
