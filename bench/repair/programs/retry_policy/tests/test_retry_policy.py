import pytest

from retry_policy import BadRequestError, RateLimitError, ServerError, call_with_retries


class Flaky:
    """Raises the given errors one per call, then returns "ok"."""

    def __init__(self, *errors):
        self.errors = list(errors)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return "ok"


def test_success_needs_no_retry():
    sleeps = []
    assert call_with_retries(Flaky(), sleep=sleeps.append) == "ok"
    assert sleeps == []


def test_server_errors_back_off_exponentially():
    sleeps = []
    assert call_with_retries(Flaky(ServerError(), ServerError()), sleep=sleeps.append) == "ok"
    assert sleeps == [0.5, 1.0]


def test_rate_limit_honours_retry_after():
    sleeps = []
    call_with_retries(Flaky(RateLimitError(retry_after=3)), sleep=sleeps.append)
    assert sleeps == [3]


def test_bad_request_is_not_retried():
    fn = Flaky(BadRequestError("unknown model"))
    with pytest.raises(BadRequestError):
        call_with_retries(fn, sleep=lambda s: None)
    assert fn.calls == 1


def test_gives_up_after_max_attempts():
    fn = Flaky(*[TimeoutError()] * 5)
    with pytest.raises(TimeoutError):
        call_with_retries(fn, max_attempts=3, sleep=lambda s: None)
    assert fn.calls == 3


def test_dropped_connection_is_retried():
    sleeps = []
    assert call_with_retries(Flaky(ConnectionResetError()), sleep=sleeps.append) == "ok"
    assert sleeps == [0.5]
