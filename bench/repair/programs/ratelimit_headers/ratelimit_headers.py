"""Reads OpenAI-style rate-limit response headers so the client can pace its requests."""

import re
from collections.abc import Mapping
from dataclasses import dataclass

_UNIT_SECONDS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0}
_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h)")


@dataclass(frozen=True)
class RateLimitState:
    remaining_requests: int | None
    remaining_tokens: int | None
    reset_requests_s: float
    reset_tokens_s: float

    def wait_before(self, tokens: int) -> float:
        """Seconds to wait before sending a request estimated to use `tokens` tokens."""
        wait = 0.0
        if self.remaining_requests is not None and self.remaining_requests < 1:
            wait = self.reset_requests_s
        if self.remaining_tokens is not None and self.remaining_tokens < tokens:
            wait = max(wait, self.reset_tokens_s)
        return wait


def parse_duration(text: str | None) -> float:
    """'6m0s' -> 360.0, '1.5s' -> 1.5, '20ms' -> 0.02."""
    parts = _DURATION_PART.findall(text)
    return sum(float(amount) * _UNIT_SECONDS[unit] for amount, unit in parts)


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    return int(value) if value is not None else None


def parse_rate_limits(headers: Mapping[str, str]) -> RateLimitState:
    """Header names are case-insensitive; absent headers mean "no information"."""
    lowered = {name.lower(): value for name, value in headers.items()}
    return RateLimitState(
        remaining_requests=_int_header(lowered, "x-ratelimit-remaining-requests"),
        remaining_tokens=_int_header(lowered, "x-ratelimit-remaining-tokens"),
        reset_requests_s=parse_duration(lowered.get("x-ratelimit-reset-requests")),
        reset_tokens_s=parse_duration(lowered.get("x-ratelimit-reset-tokens")),
    )
