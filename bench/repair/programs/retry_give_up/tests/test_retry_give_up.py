import pytest

from retry_give_up import GiveUp, backoff_delay, run_with_retries


def flaky(errors, result="ok"):
    """fn that raises the given errors one per call, then returns result."""
    pending = list(errors)
    calls = []

    def fn():
        calls.append(1)
        if pending:
            raise pending.pop(0)
        return result

    fn.calls = calls
    return fn


def test_success_on_first_try_does_not_sleep():
    slept = []
    assert run_with_retries("fetch", flaky([]), sleep=slept.append) == ("ok", 1)
    assert slept == []


def test_retries_timeouts_with_backoff():
    slept = []
    fn = flaky([TimeoutError(), TimeoutError()], result=42)
    assert run_with_retries("fetch", fn, sleep=slept.append) == (42, 3)
    assert slept == [0.5, 1.0]


def test_gives_up_after_max_attempts():
    fn = flaky([TimeoutError("t%d" % i) for i in range(10)])
    with pytest.raises(GiveUp) as info:
        run_with_retries("fetch", fn, max_attempts=4, sleep=lambda s: None)
    assert info.value.attempts == 4
    assert len(fn.calls) == 4


def test_connection_errors_are_retried():
    fn = flaky([ConnectionError("reset")], result="page")
    assert run_with_retries("browse", fn, sleep=lambda s: None) == ("page", 2)


def test_other_errors_propagate_immediately():
    fn = flaky([ValueError("bad input")])
    with pytest.raises(ValueError):
        run_with_retries("parse", fn, sleep=lambda s: None)
    assert len(fn.calls) == 1


def test_backoff_is_capped():
    assert backoff_delay(1) == 0.5
    assert backoff_delay(3) == 2.0
    assert backoff_delay(20) == 30.0
