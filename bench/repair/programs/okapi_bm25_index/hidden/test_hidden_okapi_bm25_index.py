import math

import pytest

from okapi_bm25_index import BM25Index


def reference_score(docs_tokens, query_tokens, i, k1=1.5, b=0.75):
    n = len(docs_tokens)
    avgdl = sum(len(d) for d in docs_tokens) / n
    dl = len(docs_tokens[i])
    total = 0.0
    for term in query_tokens:
        f = docs_tokens[i].count(term)
        if not f:
            continue
        df = sum(1 for d in docs_tokens if term in d)
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        total += idf * f * (k1 + 1) / (f + k1 * (1 - b + b * dl / avgdl))
    return total


CORPUS = [
    "red fox jumps",
    "red red fox fox fox over the lazy dog again and again",
    "blue whale",
    "fox",
    "the quick red fox runs past the sleepy red dog near the river bank",
]


@pytest.mark.parametrize("query", ["fox", "red fox", "the dog", "whale", "red"])
def test_scores_match_reference_formula(query):
    index = BM25Index(CORPUS)
    tokens = [d.split() for d in CORPUS]
    for i in range(len(CORPUS)):
        assert index.score(query, i) == pytest.approx(reference_score(tokens, query.split(), i))


@pytest.mark.parametrize("k1,b", [(1.2, 0.5), (2.0, 1.0), (0.9, 0.3)])
def test_custom_parameters_match_reference(k1, b):
    index = BM25Index(CORPUS, k1=k1, b=b)
    tokens = [d.split() for d in CORPUS]
    for i in range(len(CORPUS)):
        expected = reference_score(tokens, ["red", "fox"], i, k1=k1, b=b)
        assert index.score("red fox", i) == pytest.approx(expected)


def test_shortest_single_term_document_ranks_first():
    hits = BM25Index(CORPUS).search("fox")
    assert hits[0][0] == 3


def test_length_ignored_when_b_is_zero():
    index = BM25Index(["cat", "cat dog bird fish horse cow"], b=0.0)
    a, c = index.score("cat", 0), index.score("cat", 1)
    assert a == pytest.approx(c)


def test_longer_document_penalised_more_with_full_normalisation():
    docs = ["term x", "term x y z w v u t"]
    strong = BM25Index(docs, b=1.0)
    weak = BM25Index(docs, b=0.2)
    gap_strong = strong.score("term", 0) - strong.score("term", 1)
    gap_weak = weak.score("term", 0) - weak.score("term", 1)
    assert gap_strong > gap_weak > 0


def test_empty_document_in_corpus_scores_zero():
    index = BM25Index(["", "search engine", "engine room"])
    assert index.score("engine", 0) == 0.0
    assert [i for i, _ in index.search("engine")] == [1, 2]


def test_common_term_still_scores_positive():
    index = BM25Index(["a b", "a c", "a d", "e f"])
    hits = index.search("a")
    assert [i for i, _ in hits] == [0, 1, 2]
    assert all(s > 0 for _, s in hits)
