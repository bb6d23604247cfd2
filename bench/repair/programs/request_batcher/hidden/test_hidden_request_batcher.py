import random

from request_batcher import Request, RequestBatcher


def _reference(requests, max_requests, max_tokens):
    batches, current, used = [], [], 0
    for request in requests:
        if current and (len(current) >= max_requests or used + request.tokens > max_tokens):
            batches.append(current)
            current, used = [], 0
        current.append(request)
        used += request.tokens
    if current:
        batches.append(current)
    return batches


def test_random_against_reference():
    rng = random.Random(12)
    for _ in range(300):
        max_requests = rng.randint(1, 4)
        max_tokens = rng.randint(5, 40)
        requests = [Request(str(n), rng.randint(1, 50)) for n in range(rng.randint(0, 15))]
        batches = list(RequestBatcher(max_requests, max_tokens).batches(requests))
        assert [b.requests for b in batches] == _reference(requests, max_requests, max_tokens)
        assert [b.number for b in batches] == list(range(1, len(batches) + 1))


def test_no_empty_batches_ever():
    rng = random.Random(6)
    for _ in range(100):
        requests = [Request(str(n), rng.choice([1, 10, 100, 1000])) for n in range(10)]
        for batch in RequestBatcher(3, 100).batches(requests):
            assert batch.requests


def test_request_exactly_at_limit_first():
    batches = list(RequestBatcher(5, 50).batches([Request("a", 50), Request("b", 1)]))
    assert [[r.id for r in b.requests] for b in batches] == [["a"], ["b"]]


def test_several_oversized_in_a_row():
    requests = [Request("x", 500), Request("y", 700), Request("z", 3), Request("w", 4)]
    batches = list(RequestBatcher(5, 10).batches(requests))
    assert [[r.id for r in b.requests] for b in batches] == [["x"], ["y"], ["z", "w"]]
    assert [b.number for b in batches] == [1, 2, 3]


def test_first_add_never_closes_a_batch():
    for tokens in (1, 99, 100, 101, 10_000):
        assert RequestBatcher(2, 100).add(Request("only", tokens)) is None


def test_tokens_summed_exactly_to_limit_over_many_requests():
    requests = [Request(str(n), 25) for n in range(9)]
    batches = list(RequestBatcher(10, 100).batches(requests))
    assert [b.tokens for b in batches] == [100, 100, 25]
