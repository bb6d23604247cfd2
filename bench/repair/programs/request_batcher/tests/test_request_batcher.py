import pytest

from request_batcher import Request, RequestBatcher


def ids(batches):
    return [[request.id for request in batch.requests] for batch in batches]


def test_split_by_request_count():
    batcher = RequestBatcher(max_requests=2, max_tokens=1000)
    batches = list(batcher.batches(Request(f"r{n}", 10) for n in range(5)))
    assert ids(batches) == [["r0", "r1"], ["r2", "r3"], ["r4"]]
    assert [batch.number for batch in batches] == [1, 2, 3]


def test_split_by_tokens():
    batcher = RequestBatcher(max_requests=10, max_tokens=100)
    batches = list(batcher.batches([Request("a", 60), Request("b", 30), Request("c", 50)]))
    assert ids(batches) == [["a", "b"], ["c"]]
    assert [batch.tokens for batch in batches] == [90, 50]


def test_batch_filled_up_to_the_token_limit():
    batcher = RequestBatcher(max_requests=10, max_tokens=100)
    batches = list(batcher.batches([Request("a", 60), Request("b", 40), Request("c", 10)]))
    assert ids(batches) == [["a", "b"], ["c"]]


def test_oversized_request_travels_alone():
    batcher = RequestBatcher(max_requests=10, max_tokens=100)
    batches = list(batcher.batches([Request("huge", 250), Request("small", 20)]))
    assert ids(batches) == [["huge"], ["small"]]
    assert [batch.number for batch in batches] == [1, 2]


def test_add_returns_the_batch_it_closed():
    batcher = RequestBatcher(max_requests=1, max_tokens=100)
    assert batcher.add(Request("a", 5)) is None
    closed = batcher.add(Request("b", 5))
    assert closed is not None and ids([closed]) == [["a"]]
    assert ids([batcher.flush()]) == [["b"]]


def test_flush_with_nothing_pending():
    assert RequestBatcher(max_requests=3, max_tokens=10).flush() is None


def test_limits_must_be_positive():
    with pytest.raises(ValueError):
        RequestBatcher(max_requests=0, max_tokens=10)
