"""Decides whether a failed model-API request is retried, from its HTTP status and headers."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

MAX_RETRY_AFTER = 60.0
BASE_DELAY = 0.5
MAX_BACKOFF = 8.0
RETRYABLE_CLIENT_ERRORS = frozenset({408, 409, 429})
PERMANENT_SERVER_ERRORS = frozenset({501, 505})


@dataclass(frozen=True)
class Verdict:
    action: str  # "done", "retry" or "give_up"
    delay: float = 0.0


def header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value.strip()
    return None


def retry_delay(headers: Mapping[str, str], attempt: int) -> float:
    """Server's Retry-After (seconds) when reasonable, else capped exponential backoff."""
    raw = header(headers, "retry-after") or ""
    hint = float(raw) if raw.replace(".", "", 1).isdigit() else None
    if hint is not None:
        return hint
    return min(MAX_BACKOFF, BASE_DELAY * 2.0**attempt)


def _success(status: int, headers: Mapping[str, str], attempt: int) -> Verdict:
    return Verdict("done")


def _client_error(status: int, headers: Mapping[str, str], attempt: int) -> Verdict:
    if status in RETRYABLE_CLIENT_ERRORS:
        return Verdict("retry", retry_delay(headers, attempt))
    return Verdict("give_up")


def _server_error(status: int, headers: Mapping[str, str], attempt: int) -> Verdict:
    if status in PERMANENT_SERVER_ERRORS:
        return Verdict("give_up")
    return Verdict("retry", retry_delay(headers, attempt))


HANDLERS: dict[int, Callable[[int, Mapping[str, str], int], Verdict]] = {
    2: _success,
    4: _client_error,
    5: _server_error,
}


def decide(status: int, headers: Mapping[str, str], attempt: int, max_attempts: int = 4) -> Verdict:
    """`attempt` is 0 for the first request; `x-should-retry` from the server overrides."""
    handler = HANDLERS.get(status // 100)
    verdict = handler(status, headers, attempt) if handler else Verdict("give_up")
    override = header(headers, "x-should-retry")
    if override == "false" and verdict.action == "retry":
        verdict = Verdict("give_up")
    elif override == "true" and verdict.action == "give_up":
        verdict = Verdict("retry", retry_delay(headers, attempt))
    if verdict.action == "retry" and attempt + 1 >= max_attempts:
        return Verdict("give_up")
    return verdict
