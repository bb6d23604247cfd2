import pytest

from shared_retry_budget import RetryBudget, RetryLedger, ToolRetryPolicy, call_with_retries


def flaky(failures, error=ConnectionError):
    calls = []

    def call():
        calls.append(1)
        if len(calls) <= failures:
            raise error("reset by peer")
        return len(calls)

    return call, calls


def make_ledger():
    web, disk = RetryBudget("web", 4), RetryBudget("disk", 2)
    return RetryLedger([
        ToolRetryPolicy("search", 3, web),
        ToolRetryPolicy("fetch", 10, web),
        ToolRetryPolicy("read_file", 10, disk),
    ])


def test_separate_budgets_do_not_mix():
    ledger = make_ledger()
    assert call_with_retries(ledger, "read_file", flaky(2)[0]) == 3
    assert ledger.remaining("disk") == 0
    assert ledger.remaining("web") == 4
    call, calls = flaky(1)
    with pytest.raises(ConnectionError):
        call_with_retries(ledger, "read_file", call)
    assert len(calls) == 1


def test_budget_spent_across_many_calls():
    ledger = make_ledger()
    for _ in range(2):
        call_with_retries(ledger, "search", flaky(1)[0])
    assert ledger.remaining("web") == 2
    assert ledger.may_retry("fetch", 1)
    assert call_with_retries(ledger, "fetch", flaky(2)[0]) == 3
    assert ledger.remaining("web") == 0
    assert not ledger.may_retry("fetch", 1)
    assert not ledger.may_retry("search", 1)
    assert ledger.may_retry("read_file", 1)


def test_attempt_limit_counts_before_budget():
    ledger = make_ledger()
    call, calls = flaky(10)
    with pytest.raises(ConnectionError):
        call_with_retries(ledger, "search", call)
    assert len(calls) == 3
    assert ledger.remaining("web") == 2
    assert ledger.retries_used == {"web": 2}
