import pytest

from retry_give_up import RETRYABLE, GiveUp, backoff_delay, run_with_retries


def flaky(errors, result="ok"):
    pending = list(errors)
    calls = []

    def fn():
        calls.append(1)
        if pending:
            raise pending.pop(0)
        return result

    fn.calls = calls
    return fn


def test_success_on_last_allowed_attempt():
    slept = []
    fn = flaky([TimeoutError()] * 5, result="done")
    assert run_with_retries("s", fn, max_attempts=6, sleep=slept.append) == ("done", 6)
    assert slept == [0.5, 1.0, 2.0, 4.0, 8.0]


def test_single_attempt_never_sleeps():
    slept = []
    fn = flaky([TimeoutError("slow")])
    with pytest.raises(GiveUp) as info:
        run_with_retries("s", fn, max_attempts=1, sleep=slept.append)
    assert slept == []
    assert len(fn.calls) == 1
    assert info.value.attempts == 1


def test_give_up_keeps_last_error_and_sleeps_between_calls_only():
    slept = []
    errors = [ConnectionError("a"), TimeoutError("b"), ConnectionResetError("c")]
    fn = flaky(errors)
    with pytest.raises(GiveUp) as info:
        run_with_retries("crawl", fn, max_attempts=3, sleep=slept.append)
    assert str(info.value.last_error) == "c"
    assert info.value.step == "crawl"
    assert len(fn.calls) == 3
    assert slept == [0.5, 1.0]
    assert "after 3 attempts" in str(info.value)


def test_connection_subclasses_are_retried():
    fn = flaky([ConnectionRefusedError(), BrokenPipeError()], result=7)
    assert run_with_retries("s", fn, sleep=lambda s: None) == (7, 3)


def test_retryable_tuple_covers_both_kinds():
    assert issubclass(ConnectionAbortedError, RETRYABLE)
    assert issubclass(TimeoutError, RETRYABLE)
    assert not issubclass(KeyError, RETRYABLE)


def test_custom_retryable_set():
    fn = flaky([KeyError("k")], result="x")
    assert run_with_retries("s", fn, sleep=lambda s: None, retryable=(KeyError,)) == ("x", 2)
    fn = flaky([TimeoutError()])
    with pytest.raises(TimeoutError):
        run_with_retries("s", fn, sleep=lambda s: None, retryable=(KeyError,))


def test_default_gives_up_after_four_calls():
    fn = flaky([TimeoutError()] * 9)
    with pytest.raises(GiveUp):
        run_with_retries("s", fn, sleep=lambda s: None)
    assert len(fn.calls) == 4


def test_backoff_custom_parameters():
    assert backoff_delay(1, base=1.0, factor=3.0, cap=100.0) == 1.0
    assert backoff_delay(4, base=1.0, factor=3.0, cap=100.0) == 27.0
    assert backoff_delay(6, base=1.0, factor=3.0, cap=100.0) == 100.0
