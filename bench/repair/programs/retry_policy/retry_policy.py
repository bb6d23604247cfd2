"""Retries model API calls on transient failures, with exponential backoff."""

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class RateLimitError(Exception):
    def __init__(self, retry_after: float | None = None) -> None:
        super().__init__("rate limited")
        self.retry_after = retry_after


class ServerError(Exception):
    """HTTP 5xx from the provider."""


class BadRequestError(Exception):
    """HTTP 4xx other than 429: retrying cannot help."""


def backoff_delay(attempt: int, base: float = 0.5, cap: float = 8.0) -> float:
    return min(cap, base * 2 ** attempt)


def call_with_retries(fn: Callable[[], T], max_attempts: int = 4,
                      sleep: Callable[[float], None] = time.sleep) -> T:
    """Call fn until it succeeds; transient errors are retried, others propagate at once."""
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    for attempt in range(max_attempts):
        last = attempt == max_attempts - 1
        try:
            return fn()
        except RateLimitError as error:
            if last:
                raise
            sleep(error.retry_after if error.retry_after is not None else backoff_delay(attempt))
        except (ServerError, TimeoutError):
            if last:
                raise
            sleep(backoff_delay(attempt))
    raise AssertionError("unreachable")
