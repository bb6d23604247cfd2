"""Retry delays: capped exponential backoff with a choice of jitter strategy."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    base: float = 0.5
    cap: float = 30.0
    max_attempts: int = 6
    jitter: str = "full"


Jitter = Callable[[RetryPolicy, int, float, random.Random], float]


def _ceiling(policy: RetryPolicy, attempt: int) -> float:
    return min(policy.cap, policy.base * 2.0 ** min(attempt, 60))


def _no_jitter(policy: RetryPolicy, attempt: int, previous: float, rng: random.Random) -> float:
    return _ceiling(policy, attempt)


def _full(policy: RetryPolicy, attempt: int, previous: float, rng: random.Random) -> float:
    return rng.uniform(0.0, _ceiling(policy, attempt))


def _equal(policy: RetryPolicy, attempt: int, previous: float, rng: random.Random) -> float:
    half = _ceiling(policy, attempt) / 2
    return half + rng.uniform(0.0, half)


def _decorrelated(policy: RetryPolicy, attempt: int, previous: float, rng: random.Random) -> float:
    return rng.uniform(policy.base, previous * 3)


JITTERS: dict[str, Jitter] = {
    "none": _no_jitter,
    "full": _full,
    "equal": _equal,
    "decorrelated": _decorrelated,
}


def retry_delays(policy: RetryPolicy, rng: random.Random | None = None) -> list[float]:
    """Seconds to wait before each retry; max_attempts counts the first try too."""
    try:
        jitter = JITTERS[policy.jitter]
    except KeyError:
        raise ValueError(f"unknown jitter {policy.jitter!r}") from None
    rng = rng or random.Random()
    delays: list[float] = []
    previous = policy.base
    for attempt in range(policy.max_attempts - 1):
        previous = jitter(policy, attempt, previous, rng)
        delays.append(round(previous, 3))
    return delays
