"""Retries for flaky model and tool calls, with exponential backoff."""

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def backoff_delay(attempt: int, base_delay: float, max_delay: float) -> float:
    return min(max_delay, base_delay * 2**attempt)


def call_with_retry(
    fn: Callable[[], T],
    *,
    attempts: int = 4,
    base_delay: float = 0.5,
    max_delay: float = 8.0,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """Call ``fn`` until it succeeds.

    Timeouts and dropped connections are retried; any other error propagates at once.
    After ``attempts`` failed calls the last error is re-raised.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(attempts):
        try:
            return fn()
        except TimeoutError:
            if attempt == attempts:
                raise
            sleep(backoff_delay(attempt, base_delay, max_delay))
    raise AssertionError("unreachable")
