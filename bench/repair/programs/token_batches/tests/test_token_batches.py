import pytest

from token_batches import batches, request_tokens, summarize


def req(rid, prompt, completion=0):
    return {"id": rid, "prompt_tokens": prompt, "max_tokens": completion}


def ids(result):
    return [[request["id"] for request in batch] for batch in result]


def test_no_requests_no_batches():
    assert list(batches([], max_count=4, max_tokens=100)) == []


def test_split_by_count():
    requests = [req(str(i), 1) for i in range(5)]
    assert ids(batches(requests, max_count=2, max_tokens=100)) == [["0", "1"], ["2", "3"], ["4"]]


def test_split_by_tokens():
    requests = [req("a", 30), req("b", 30), req("c", 30), req("d", 30)]
    assert ids(batches(requests, max_count=10, max_tokens=60)) == [["a", "b"], ["c", "d"]]


def test_completion_budget_counts_toward_the_limit():
    assert request_tokens(req("a", 40, 25)) == 65
    requests = [req("a", 40, 25), req("b", 20, 10)]
    assert ids(batches(requests, max_count=10, max_tokens=80)) == [["a"], ["b"]]


def test_oversized_request_rejected():
    with pytest.raises(ValueError, match="big"):
        list(batches([req("big", 500)], max_count=10, max_tokens=100))


def test_summary():
    assert summarize([req("a", 5, 5), req("b", 1)]) == {"ids": ["a", "b"], "tokens": 11}
