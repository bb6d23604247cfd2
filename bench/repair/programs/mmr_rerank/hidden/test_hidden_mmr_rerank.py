import math
import random

import pytest

from mmr_rerank import cosine, mmr_select


def reference(query, candidates, limit, diversity):
    def cos(a, b):
        na = math.sqrt(sum(x * x for x in a))
        nb = math.sqrt(sum(x * x for x in b))
        return 0.0 if na == 0 or nb == 0 else sum(x * y for x, y in zip(a, b)) / (na * nb)

    picked, remaining = [], list(candidates)
    while remaining and len(picked) < limit:
        def gain(cid):
            red = max((cos(candidates[cid], candidates[p]) for p in picked), default=0.0)
            return (1 - diversity) * cos(query, candidates[cid]) - diversity * red
        best = max(remaining, key=gain)
        picked.append(best)
        remaining.remove(best)
    return picked


def test_against_reference_on_random_vectors():
    rng = random.Random(16)
    for _ in range(200):
        dims = rng.randint(2, 4)
        query = [rng.uniform(-1, 1) for _ in range(dims)]
        candidates = {f"c{i}": [rng.uniform(-1, 1) for _ in range(dims)]
                      for i in range(rng.randint(1, 7))}
        limit = rng.randint(1, 8)
        diversity = rng.choice([0.0, 0.3, 0.5, 0.7, 1.0])
        assert mmr_select(query, candidates, limit, diversity) == \
            reference(query, candidates, limit, diversity)


def test_full_diversity_picks_the_most_different_after_the_first():
    candidates = {"first": [1.0, 0.0], "same": [1.0, 0.01], "other": [-0.2, 1.0]}
    assert mmr_select([1.0, 0.0], candidates, 3, diversity=1.0)[:2] == ["first", "other"]


def test_three_topics_each_get_a_slot_before_repeats():
    candidates = {
        "billing-1": [1.0, 0.0, 0.0], "billing-2": [0.99, 0.05, 0.0],
        "login-1": [0.6, 0.8, 0.0], "login-2": [0.61, 0.79, 0.0],
        "export-1": [0.6, 0.0, 0.8],
    }
    chosen = mmr_select([1.0, 0.4, 0.3], candidates, 3, diversity=0.6)
    assert sorted(name.split("-")[0] for name in chosen) == ["billing", "export", "login"]


def test_limit_and_empty():
    assert mmr_select([1.0, 0.0], {}, 3) == []
    assert mmr_select([1.0, 0.0], {"a": [1.0, 0.0], "b": [0.0, 1.0]}, 0) == []
    assert sorted(mmr_select([1.0, 0.0], {"a": [1.0, 0.0], "b": [0.0, 1.0]}, 5)) == ["a", "b"]


def test_cosine_is_scale_free_and_symmetric():
    assert cosine([2.0, 4.0], [1.0, 2.0]) == pytest.approx(1.0)
    assert cosine([1.0, 2.0, 3.0], [-3.0, 0.5, 1.0]) == pytest.approx(cosine([-3.0, 0.5, 1.0], [1.0, 2.0, 3.0]))
