"""Run a flaky plan step with retries, exponential backoff and a give-up point."""

import time

# Transient failures worth another try; anything else is a real error.
RETRYABLE = (TimeoutError,)


class GiveUp(Exception):
    """Raised when a step still fails after its last allowed attempt."""

    def __init__(self, step, attempts, last_error):
        super().__init__(f"{step} failed after {attempts} attempts: {last_error}")
        self.step = step
        self.attempts = attempts
        self.last_error = last_error


def backoff_delay(retry, base=0.5, factor=2.0, cap=30.0):
    """Seconds to wait before retry number `retry` (1 for the first retry)."""
    return min(cap, base * factor ** (retry - 1))


def run_with_retries(step, fn, max_attempts=4, sleep=time.sleep, retryable=RETRYABLE):
    """Call fn() until it succeeds and return (result, attempts_used).

    A retryable error is followed by a backoff pause and another call, up
    to `max_attempts` calls in total; then GiveUp is raised. Any other
    error propagates at once.
    """
    last_error = None
    for attempt in range(1, max_attempts):
        try:
            return fn(), attempt
        except retryable as exc:
            last_error = exc
        if attempt < max_attempts:
            sleep(backoff_delay(attempt))
    raise GiveUp(step, max_attempts, last_error)
