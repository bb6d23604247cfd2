import random

import pytest
from retry_jitter import ApiError, call_with_retries, retry_reason


def scripted(*steps):
    remaining = list(steps)

    def call():
        step = remaining.pop(0)
        if isinstance(step, ApiError):
            raise step
        return step

    return call


@pytest.mark.parametrize("status", [500, 501, 502, 529, 599])
def test_every_5xx_is_a_server_error(status):
    assert retry_reason(status) == "server_error"


@pytest.mark.parametrize("status", [200, 400, 401, 404, 409, 422, 499])
def test_client_errors_are_final(status):
    assert retry_reason(status) is None


def test_timeout_and_rate_limit_reasons():
    assert retry_reason(408) == "request_timeout"
    assert retry_reason(429) == "rate_limited"


def test_internal_server_error_retried_until_success():
    sleeps = []
    call = scripted(ApiError(500), ApiError(500), ApiError(500), "fine")
    assert call_with_retries(call, sleep=sleeps.append, rng=random.Random(9)) == "fine"
    assert len(sleeps) == 3


def test_retry_after_is_a_lower_bound():
    sleeps = []
    call = scripted(ApiError(500, retry_after=7.0), "ok")
    assert call_with_retries(call, sleep=sleeps.append, rng=random.Random(0)) == "ok"
    assert sleeps == [7.0]


def test_budget_stops_retrying():
    sleeps = []
    call = scripted(ApiError(500, retry_after=4.0), ApiError(500, retry_after=4.0), "ok")
    with pytest.raises(ApiError):
        call_with_retries(call, sleep=sleeps.append, budget=6.0, rng=random.Random(0))
    assert sleeps == [4.0]


def test_non_retryable_raises_without_sleeping():
    sleeps = []
    with pytest.raises(ApiError) as caught:
        call_with_retries(scripted(ApiError(404)), sleep=sleeps.append)
    assert caught.value.status == 404
    assert sleeps == []
