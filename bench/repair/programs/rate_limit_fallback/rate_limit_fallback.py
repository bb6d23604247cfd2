"""Decide what to do after a failed model call: retry it, fall back to the next model, or fail."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

MAX_ATTEMPTS = 3
MAX_WAIT_SECONDS = 20.0


@dataclass(frozen=True)
class Failure:
    status: int
    headers: Mapping[str, str]  # header names lower-cased by the HTTP client
    attempt: int  # 1 for the first call to this model


@dataclass(frozen=True)
class Decision:
    action: str  # "retry", "fallback" or "fail"
    wait: float = 0.0


def _backoff(attempt: int) -> float:
    return min(MAX_WAIT_SECONDS, 0.5 * 2.0 ** (attempt - 1))


def _rate_limited(failure: Failure) -> Decision:
    header = failure.headers.get("retry-after")
    wait = header if header is not None else _backoff(failure.attempt)
    if failure.attempt >= MAX_ATTEMPTS or wait > MAX_WAIT_SECONDS:
        return Decision("fallback")  # another provider beats waiting this long
    return Decision("retry", wait)


def _overloaded(failure: Failure) -> Decision:
    if failure.attempt >= MAX_ATTEMPTS:
        return Decision("fallback")
    return Decision("retry", _backoff(failure.attempt))


def _client_error(failure: Failure) -> Decision:
    return Decision("fail")  # the same request would fail on every model


HANDLERS: dict[int, Callable[[Failure], Decision]] = {
    400: _client_error,
    401: lambda failure: Decision("fallback"),  # this provider's key, not the request
    413: _client_error,
    429: _rate_limited,
    503: _overloaded,
    529: _overloaded,
}


def decide(failure: Failure) -> Decision:
    handler = HANDLERS.get(failure.status)
    if handler is not None:
        return handler(failure)
    return Decision("fallback") if failure.status >= 500 else Decision("fail")
