"""Sleep schedule between retries of a model request."""

import random
from collections.abc import Callable


def full_jitter(rng: random.Random) -> Callable[[float], float]:
    return lambda delay: rng.uniform(0, delay)


def backoff_delays(
    attempts: int,
    base: float = 0.5,
    factor: float = 2.0,
    cap: float = 30.0,
    jitter: Callable[[float], float] | None = None,
) -> list[float]:
    """Delays to sleep between ``attempts`` tries (so attempts - 1 of them)."""
    delays = []
    for retry in range(attempts - 1):
        delay = min(cap, base * factor ** (retry + 1))
        if jitter is not None:
            delay = jitter(delay)
        delays.append(delay)
    return delays


def total_wait(attempts: int, **kwargs: float) -> float:
    return sum(backoff_delays(attempts, **kwargs))
