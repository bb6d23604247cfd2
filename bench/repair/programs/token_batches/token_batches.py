"""Packs chat requests into batches for a provider endpoint with count and token limits."""

from collections.abc import Iterable, Iterator
from typing import Any

Request = dict[str, Any]


def request_tokens(request: Request) -> int:
    """Prompt tokens plus the most the completion may add."""
    return int(request["prompt_tokens"]) + int(request.get("max_completion_tokens", 0))


def batches(
    requests: Iterable[Request], max_count: int, max_tokens: int
) -> Iterator[list[Request]]:
    """Batches in request order; a batch is closed when the next request would not fit."""
    if max_count < 1 or max_tokens < 1:
        raise ValueError("limits must be positive")
    batch: list[Request] = []
    used = 0
    for request in requests:
        size = request_tokens(request)
        if size > max_tokens:
            raise ValueError(f"request {request['id']} needs {size} tokens, over the batch limit")
        if batch and (len(batch) == max_count or used + size > max_tokens):
            yield batch
            batch = []
        batch.append(request)
        used += size
    if batch:
        yield batch


def summarize(batch: list[Request]) -> dict[str, Any]:
    return {
        "ids": [request["id"] for request in batch],
        "tokens": sum(request_tokens(request) for request in batch),
    }
