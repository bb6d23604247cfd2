import pytest

from tfidf_cosine_index import TfidfIndex, tokenize

NOTES = {
    "py-sort": "Sort a Python list in place with list.sort().",
    "py-dict": "Iterate over Python dict keys and values.",
    "sql-join": "An inner join returns rows present in both tables.",
    "py-sorted": "sorted() returns a new sorted list and leaves the input alone.",
}


def test_tokenize():
    assert tokenize("list.sort() in Python 3") == ["list", "sort", "in", "python", "3"]


def test_document_is_most_similar_to_its_own_text():
    index = TfidfIndex(NOTES)
    assert index.similarity(NOTES["sql-join"], "sql-join") == pytest.approx(1.0)


def test_unrelated_query_finds_nothing():
    index = TfidfIndex(NOTES)
    assert index.search("kubernetes helm chart") == []


def test_best_match_comes_first():
    index = TfidfIndex(NOTES)
    results = index.search("inner join tables")
    assert results[0][0] == "sql-join"


def test_scores_are_cosine_similarities():
    index = TfidfIndex(NOTES)
    for _, score in index.search("python list sort"):
        assert 0.0 < score <= 1.0 + 1e-9


def test_k_limits_results():
    index = TfidfIndex(NOTES)
    assert len(index.search("python", k=2)) == 2
