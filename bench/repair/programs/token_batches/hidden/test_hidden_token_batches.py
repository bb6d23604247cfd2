import random

import pytest

from token_batches import batches, summarize


def req(rid, prompt, completion=0):
    return {"id": rid, "prompt_tokens": prompt, "max_tokens": completion}


def ids(result):
    return [[request["id"] for request in batch] for batch in result]


def reference(requests, max_count, max_tokens):
    out, batch, used = [], [], 0
    for request in requests:
        size = request["prompt_tokens"] + request["max_tokens"]
        if batch and (len(batch) == max_count or used + size > max_tokens):
            out.append(batch)
            batch, used = [], 0
        batch.append(request)
        used += size
    if batch:
        out.append(batch)
    return out


def test_many_token_batches_in_a_row():
    requests = [req(str(i), 25) for i in range(9)]
    assert ids(batches(requests, max_count=10, max_tokens=50)) == [
        ["0", "1"], ["2", "3"], ["4", "5"], ["6", "7"], ["8"]]


def test_count_limit_then_token_limit():
    requests = [req("a", 1), req("b", 1), req("c", 1), req("d", 60), req("e", 45)]
    assert ids(batches(requests, max_count=3, max_tokens=100)) == [["a", "b", "c"], ["d"], ["e"]]


def test_completion_tokens_close_batches():
    requests = [req("a", 10, 40), req("b", 10, 40), req("c", 10, 0)]
    assert ids(batches(requests, max_count=5, max_tokens=100)) == [["a", "b"], ["c"]]
    assert summarize([requests[0]]) == {"ids": ["a"], "tokens": 50}


def test_oversized_because_of_completion_budget():
    with pytest.raises(ValueError, match="x"):
        list(batches([req("x", 10, 200)], max_count=5, max_tokens=100))


def test_every_batch_respects_both_limits():
    rng = random.Random(23)
    for _ in range(200):
        max_count, max_tokens = rng.randint(1, 5), rng.randint(50, 150)
        requests = [req(str(i), rng.randint(1, 30), rng.randint(0, 20))
                    for i in range(rng.randint(0, 20))]
        result = list(batches(requests, max_count=max_count, max_tokens=max_tokens))
        assert result == reference(requests, max_count, max_tokens)
        for batch in result:
            assert len(batch) <= max_count
            assert summarize(batch)["tokens"] <= max_tokens


def test_lazy_generator():
    stream = batches(iter([req("a", 60), req("b", 60)]), max_count=5, max_tokens=100)
    assert [r["id"] for r in next(stream)] == ["a"]
