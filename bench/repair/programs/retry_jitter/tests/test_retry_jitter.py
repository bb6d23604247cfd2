import random

import pytest
from retry_jitter import ApiError, backoff_delay, call_with_retries


def scripted(*steps):
    """A fake API call that fails or answers according to steps, in order."""
    remaining = list(steps)

    def call():
        step = remaining.pop(0)
        if isinstance(step, ApiError):
            raise step
        return step

    return call


def test_first_attempt_succeeds():
    sleeps = []
    assert call_with_retries(scripted("ok"), sleep=sleeps.append) == "ok"
    assert sleeps == []


def test_rate_limit_then_success():
    sleeps = []
    call = scripted(ApiError(429), "ok")
    assert call_with_retries(call, sleep=sleeps.append, rng=random.Random(1)) == "ok"
    assert len(sleeps) == 1


def test_transient_server_errors_are_retried():
    sleeps = []
    call = scripted(ApiError(500), ApiError(503), "ok")
    assert call_with_retries(call, sleep=sleeps.append, rng=random.Random(1)) == "ok"
    assert len(sleeps) == 2


def test_bad_request_is_not_retried():
    with pytest.raises(ApiError):
        call_with_retries(scripted(ApiError(400), "ok"), sleep=lambda s: None)


def test_gives_up_after_max_attempts():
    sleeps = []
    call = scripted(*[ApiError(503)] * 3, "ok")
    with pytest.raises(ApiError):
        call_with_retries(call, sleep=sleeps.append, max_attempts=3, rng=random.Random(2))
    assert len(sleeps) == 2


def test_jitter_stays_under_the_exponential_cap():
    rng = random.Random(4)
    for attempt in range(8):
        assert 0.0 <= backoff_delay(attempt, rng) <= min(20.0, 0.5 * 2**attempt)
