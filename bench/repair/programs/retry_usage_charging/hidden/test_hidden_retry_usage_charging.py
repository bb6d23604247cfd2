import pytest

from retry_usage_charging import (
    ProviderTimeout,
    RateLimited,
    RetriesExhausted,
    ServerOverloaded,
    billed_tokens,
    call_with_retries,
)


def scripted(*outcomes):
    outcomes = list(outcomes)
    calls = []

    def send(request):
        calls.append(request)
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    send.calls = calls
    return send


OK = {"usage": {"input_tokens": 10, "output_tokens": 4}}


def test_overloaded_partial_usage_is_billed():
    send = scripted(ServerOverloaded({"input_tokens": 500, "output_tokens": 7}), OK)
    sleeps = []
    response, ledger = call_with_retries(send, {"q": 1}, sleep=sleeps.append)
    assert ledger[0] == {"attempt": 1, "status": "ServerOverloaded",
                         "input_tokens": 500, "output_tokens": 7}
    assert billed_tokens(ledger) == (510, 11)
    assert sleeps == [0.5]
    assert send.calls == [{"q": 1}, {"q": 1}]


def test_backoff_doubles_per_attempt():
    send = scripted(ServerOverloaded(), ProviderTimeout(), ServerOverloaded(), OK)
    sleeps = []
    call_with_retries(send, {}, max_attempts=4, backoff=1.0, sleep=sleeps.append)
    assert sleeps == [1.0, 2.0, 4.0]


def test_exhausted_on_overload_keeps_ledger_without_final_sleep():
    send = scripted(ServerOverloaded({"input_tokens": 3}), ServerOverloaded({"input_tokens": 4}))
    sleeps = []
    with pytest.raises(RetriesExhausted) as info:
        call_with_retries(send, {}, max_attempts=2, sleep=sleeps.append)
    assert billed_tokens(info.value.ledger) == (7, 0)
    assert sleeps == [0.5]


def test_timeout_usage_billed():
    send = scripted(ProviderTimeout({"input_tokens": 50, "output_tokens": 2}), OK)
    _, ledger = call_with_retries(send, {}, sleep=lambda s: None)
    assert billed_tokens(ledger) == (60, 6)


def test_other_errors_propagate():
    send = scripted(ValueError("bad request"), OK)
    with pytest.raises(ValueError):
        call_with_retries(send, {}, sleep=lambda s: None)
