import math
from collections import Counter

import pytest

from tfidf_cosine_index import TfidfIndex, tokenize

DOCS = {
    "a": "cache invalidation is hard cache cache",
    "b": "naming things is hard",
    "c": "off by one errors in cache loops and loops and loops",
    "d": "the cache layer sits between the api and the database layer",
}


def reference(docs, query, doc_id):
    toks = {k: tokenize(v) for k, v in docs.items()}
    n = len(docs)
    df = Counter()
    for t in toks.values():
        df.update(set(t))
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}

    def vec(tokens):
        counts = Counter(t for t in tokens if t in idf)
        w = {t: c * idf[t] for t, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in w.values()))
        return {t: x / norm for t, x in w.items()} if norm else {}

    q, d = vec(tokenize(query)), vec(toks[doc_id])
    return sum(x * d.get(t, 0.0) for t, x in q.items())


@pytest.mark.parametrize("query", ["cache", "hard cache", "loops", "database api layer", "is"])
def test_scores_match_reference_cosine(query):
    index = TfidfIndex(DOCS)
    for doc_id in DOCS:
        assert index.similarity(query, doc_id) == pytest.approx(reference(DOCS, query, doc_id))


def test_search_ranking_and_scores():
    index = TfidfIndex(DOCS)
    results = index.search("cache", k=10)
    expected = sorted(((d, reference(DOCS, "cache", d)) for d in DOCS), key=lambda r: -r[1])
    expected = [r for r in expected if r[1] > 0]
    assert [d for d, _ in results] == [d for d, _ in expected]
    for (_, got), (_, want) in zip(results, expected):
        assert got == pytest.approx(want)


def test_document_vectors_have_unit_length():
    index = TfidfIndex(DOCS)
    for vec in index.vectors:
        assert math.sqrt(sum(w * w for w in vec.values())) == pytest.approx(1.0)


def test_self_similarity_is_one_for_every_document():
    index = TfidfIndex(DOCS)
    for doc_id, text in DOCS.items():
        assert index.similarity(text, doc_id) == pytest.approx(1.0)


def test_min_score_filters_weak_matches():
    index = TfidfIndex(DOCS)
    scores = {d: reference(DOCS, "cache layer", d) for d in DOCS}
    cutoff = 0.3
    got = [d for d, _ in index.search("cache layer", k=10, min_score=cutoff)]
    want = [d for d, s in sorted(scores.items(), key=lambda r: -r[1]) if s > cutoff]
    assert got == want


def test_repeated_query_terms_do_not_change_cosine():
    index = TfidfIndex(DOCS)
    once = index.similarity("naming things", "b")
    thrice = index.similarity("naming naming naming things things things", "b")
    assert once == pytest.approx(thrice)


def test_unknown_terms_in_query_are_ignored():
    index = TfidfIndex(DOCS)
    assert index.similarity("naming zebra", "b") == pytest.approx(index.similarity("naming", "b"))
