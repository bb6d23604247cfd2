import itertools
import random

import pytest

from context_budget_doc_packer import doc_tokens, pack_documents, used_tokens


def doc(doc_id, text, score, **extra):
    return {"id": doc_id, "text": text, "score": score, **extra}


def tokens(d):
    return d.get("tokens") or max(1, (len(d["text"]) + 3) // 4)


def ids(docs):
    return [d["id"] for d in docs]


def test_exact_count_preferred_over_estimate():
    assert doc_tokens(doc("a", "x" * 400, 0.1, tokens=7)) == 7
    assert doc_tokens(doc("b", "x" * 400, 0.1)) == 100


def test_pinned_exact_count_uses_up_budget():
    docs = [
        doc("sys", "s", 0.0, tokens=90, pinned=True),
        doc("a", "x" * 48, 0.5),
        doc("b", "y" * 20, 0.4),
    ]
    assert ids(pack_documents(docs, 100)) == ["sys", "b"]


def test_exact_fit():
    docs = [doc("a", "a", 1.0, tokens=30), doc("b", "b", 0.9, tokens=71)]
    assert ids(pack_documents(docs, 100)) == ["a"]
    assert ids(pack_documents(docs, 101)) == ["a", "b"]


def test_used_tokens():
    packed = [doc("a", "a", 1.0, tokens=30), doc("b", "x" * 40, 1.0)]
    assert used_tokens(packed) == 40


def test_mixed_sources_with_reserve():
    docs = [
        doc("web", "w" * 120, 0.3),
        doc("kb", "k", 0.8, tokens=70),
        doc("faq", "f" * 36, 0.35),
        doc("log", "l", 0.5, tokens=25),
    ]
    assert ids(pack_documents(docs, 150, reserve=50)) == ["kb", "log"]


def test_pinned_exceeding_after_reserve():
    docs = [doc("sys", "s", 0.0, tokens=80, pinned=True)]
    with pytest.raises(ValueError):
        pack_documents(docs, 100, reserve=30)


@pytest.mark.parametrize("seed", range(25))
def test_matches_brute_force(seed):
    rng = random.Random(seed)
    docs = [doc(f"d{i}", "t" * rng.randint(1, 60), rng.randint(1, 20) / 10,
                tokens=rng.choice([None, rng.randint(5, 40)]))
            for i in range(rng.randint(1, 6))]
    for d in docs:
        if d["tokens"] is None:
            del d["tokens"]
    budget = rng.randint(10, 80)
    best = 0.0
    for size in range(len(docs) + 1):
        for combo in itertools.combinations(docs, size):
            if sum(tokens(d) for d in combo) <= budget:
                best = max(best, sum(d["score"] for d in combo))
    packed = pack_documents(docs, budget)
    assert sum(tokens(d) for d in packed) <= budget
    assert sum(d["score"] for d in packed) == pytest.approx(best)
