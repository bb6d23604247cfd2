import pytest

from retry_backoff import call_with_retry


def _failing(errors):
    calls = []

    def fn():
        calls.append(1)
        if len(calls) <= len(errors):
            raise errors[len(calls) - 1]
        return len(calls)

    return fn, calls


def test_mixed_transient_errors():
    fn, calls = _failing([TimeoutError(), ConnectionRefusedError(), ConnectionAbortedError()])
    assert call_with_retry(fn, sleep=lambda _: None) == 4


def test_single_attempt_raises_immediately():
    sleeps = []
    fn, calls = _failing([ConnectionError()])
    with pytest.raises(ConnectionError):
        call_with_retry(fn, attempts=1, sleep=sleeps.append)
    assert sleeps == [] and len(calls) == 1


def test_delays_are_capped():
    sleeps = []
    fn, calls = _failing([TimeoutError()] * 6)
    with pytest.raises(TimeoutError):
        call_with_retry(fn, attempts=6, base_delay=1.0, max_delay=5.0, sleep=sleeps.append)
    assert sleeps == [1.0, 2.0, 4.0, 5.0, 5.0]


def test_key_error_propagates():
    fn, calls = _failing([KeyError("x")])
    with pytest.raises(KeyError):
        call_with_retry(fn, sleep=lambda _: None)
