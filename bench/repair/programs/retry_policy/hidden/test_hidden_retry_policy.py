import pytest

from retry_policy import RateLimitError, ServerError, backoff_delay, call_with_retries


class Flaky:
    def __init__(self, *errors):
        self.errors = list(errors)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return self.calls


def test_mixed_transient_errors():
    sleeps = []
    fn = Flaky(ConnectionRefusedError(), RateLimitError(), ServerError(), ConnectionError())
    assert call_with_retries(fn, max_attempts=5, sleep=sleeps.append) == 5
    assert sleeps == [0.5, 1.0, 2.0, 4.0]


def test_connection_error_exhausts_attempts():
    fn = Flaky(*[BrokenPipeError()] * 4)
    with pytest.raises(BrokenPipeError):
        call_with_retries(fn, max_attempts=2, sleep=lambda s: None)
    assert fn.calls == 2


def test_backoff_is_capped():
    assert [backoff_delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_other_errors_propagate_immediately():
    fn = Flaky(KeyError("x"))
    with pytest.raises(KeyError):
        call_with_retries(fn, sleep=lambda s: None)
    assert fn.calls == 1


def test_invalid_attempts():
    with pytest.raises(ValueError):
        call_with_retries(Flaky(), max_attempts=0)
