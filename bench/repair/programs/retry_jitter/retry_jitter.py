"""Retrying a model API call: capped exponential backoff with full jitter, honouring
Retry-After, within a total sleep budget."""

import random
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class ApiError(Exception):
    def __init__(self, status: int, retry_after: float | None = None) -> None:
        super().__init__(f"HTTP {status}")
        self.status = status
        self.retry_after = retry_after


RETRY_RULES: dict[str, Callable[[int], bool]] = {
    "request_timeout": lambda status: status == 408,
    "rate_limited": lambda status: status == 429,
    "server_error": lambda status: status > 500,
}


def retry_reason(status: int) -> str | None:
    """Name of the rule that makes this status worth another attempt, or None."""
    for reason, matches in RETRY_RULES.items():
        if matches(status):
            return reason
    return None


def backoff_delay(attempt: int, rng: random.Random, base: float = 0.5, cap: float = 20.0) -> float:
    return rng.uniform(0.0, min(cap, base * 2**attempt))


def call_with_retries(
    call: Callable[[], T],
    *,
    sleep: Callable[[float], None],
    max_attempts: int = 5,
    budget: float = 60.0,
    rng: random.Random | None = None,
) -> T:
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    rng = rng or random.Random()
    slept = 0.0
    for attempt in range(max_attempts):
        try:
            return call()
        except ApiError as error:
            if retry_reason(error.status) is None or attempt == max_attempts - 1:
                raise
            delay = backoff_delay(attempt, rng)
            if error.retry_after is not None:
                delay = max(delay, error.retry_after)
            if slept + delay > budget:
                raise
            sleep(delay)
            slept += delay
    raise AssertionError("unreachable")
