"""Map a model provider's error response to a retry decision."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

BASE_DELAY = 0.5
MAX_DELAY = 30.0


@dataclass(frozen=True)
class ProviderError:
    status: int
    code: str
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Decision:
    retry: bool
    delay: float
    reason: str


def backoff(attempt: int) -> float:
    return min(MAX_DELAY, BASE_DELAY * 2.0**attempt)


def _server_delay(headers: Mapping[str, str]) -> float | None:
    """The wait the server asked for, in seconds, if it sent one we can read."""
    lowered = {name.lower(): value.strip() for name, value in headers.items()}
    try:
        return float(lowered["retry-after-ms"]) / 1000
    except (KeyError, ValueError):
        pass
    seconds = lowered.get("retry-after", "")
    if seconds.isdigit():
        return float(seconds)
    return 0.0


def _rate_limited(error: ProviderError, attempt: int) -> Decision:
    wait = _server_delay(error.headers)
    delay = backoff(attempt) if wait is None else min(wait, MAX_DELAY)
    return Decision(True, delay, "rate limited")


def _transient(error: ProviderError, attempt: int) -> Decision:
    return Decision(True, backoff(attempt), error.code)


def _fatal(error: ProviderError, attempt: int) -> Decision:
    return Decision(False, 0.0, error.code)


HANDLERS: dict[str, Callable[[ProviderError, int], Decision]] = {
    "rate_limit_error": _rate_limited,
    "overloaded_error": _transient,
    "api_error": _transient,
    "timeout_error": _transient,
    "invalid_request_error": _fatal,
    "authentication_error": _fatal,
    "permission_error": _fatal,
    "not_found_error": _fatal,
}


def decide(error: ProviderError, attempt: int, max_attempts: int = 4) -> Decision:
    """attempt is 0 for the first failed call; max_attempts counts every call made."""
    if attempt + 1 >= max_attempts:
        return Decision(False, 0.0, "out of attempts")
    handler = HANDLERS.get(error.code)
    if handler is None:
        if error.status == 429:
            handler = _rate_limited
        else:
            handler = _transient if error.status >= 500 or error.status == 408 else _fatal
    return handler(error, attempt)
