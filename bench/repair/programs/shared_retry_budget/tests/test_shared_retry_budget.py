import pytest

from shared_retry_budget import RetryBudget, RetryLedger, ToolRetryPolicy, call_with_retries


def flaky(failures, result="ok", error=TimeoutError):
    calls = []

    def call():
        calls.append(1)
        if len(calls) <= failures:
            raise error("tool timed out")
        return result

    return call, calls


def test_succeeds_after_transient_failures():
    ledger = RetryLedger([ToolRetryPolicy("search", 4, RetryBudget("web", 10))])
    call, calls = flaky(2)
    assert call_with_retries(ledger, "search", call) == "ok"
    assert len(calls) == 3


def test_gives_up_after_max_attempts():
    ledger = RetryLedger([ToolRetryPolicy("search", 3, RetryBudget("web", 10))])
    call, calls = flaky(5)
    with pytest.raises(TimeoutError):
        call_with_retries(ledger, "search", call)
    assert len(calls) == 3


def test_other_errors_are_not_retried():
    ledger = RetryLedger([ToolRetryPolicy("search", 3, RetryBudget("web", 10))])
    call, calls = flaky(1, error=ValueError)
    with pytest.raises(ValueError):
        call_with_retries(ledger, "search", call)
    assert len(calls) == 1


def test_budget_shared_by_two_tools():
    web = RetryBudget("web", 3)
    ledger = RetryLedger([ToolRetryPolicy("search", 5, web), ToolRetryPolicy("fetch", 5, web)])
    call_with_retries(ledger, "search", flaky(2)[0])
    assert ledger.remaining("web") == 1
    call, calls = flaky(4)
    with pytest.raises(TimeoutError):
        call_with_retries(ledger, "fetch", call)
    assert len(calls) == 2
    assert ledger.remaining("web") == 0
