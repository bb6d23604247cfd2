import pytest

from retry_backoff import call_with_retry


class Flaky:
    def __init__(self, failures, error=TimeoutError):
        self.failures = failures
        self.error = error
        self.calls = 0

    def __call__(self):
        self.calls += 1
        if self.calls <= self.failures:
            raise self.error("upstream hiccup")
        return "ok"


def test_success_without_sleeping():
    sleeps = []
    assert call_with_retry(Flaky(0), sleep=sleeps.append) == "ok"
    assert sleeps == []


def test_timeouts_are_retried_with_backoff():
    sleeps = []
    assert call_with_retry(Flaky(2), sleep=sleeps.append) == "ok"
    assert sleeps == [0.5, 1.0]


def test_programming_errors_are_not_retried():
    fn = Flaky(1, error=ValueError)
    with pytest.raises(ValueError):
        call_with_retry(fn, sleep=lambda _: None)
    assert fn.calls == 1


def test_connection_reset_is_retried():
    fn = Flaky(1, error=ConnectionResetError)
    assert call_with_retry(fn, sleep=lambda _: None) == "ok"
    assert fn.calls == 2


def test_gives_up_after_all_attempts():
    sleeps = []
    fn = Flaky(10)
    with pytest.raises(TimeoutError):
        call_with_retry(fn, attempts=3, sleep=sleeps.append)
    assert fn.calls == 3
    assert sleeps == [0.5, 1.0]
