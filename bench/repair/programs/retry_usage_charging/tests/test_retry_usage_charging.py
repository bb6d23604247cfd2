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

    def send(request):
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    return send


OK = {"text": "hi", "usage": {"input_tokens": 120, "output_tokens": 30}}


def test_first_attempt_succeeds():
    response, ledger = call_with_retries(scripted(OK), {}, sleep=lambda s: None)
    assert response["text"] == "hi"
    assert ledger == [{"attempt": 1, "status": "ok", "input_tokens": 120, "output_tokens": 30}]


def test_rate_limit_is_retried_and_not_billed():
    sleeps = []
    response, ledger = call_with_retries(scripted(RateLimited(2.0), OK), {}, sleep=sleeps.append)
    assert sleeps == [2.0]
    assert billed_tokens(ledger) == (120, 30)


def test_transient_failures_are_retried():
    send = scripted(ProviderTimeout(), ServerOverloaded(), OK)
    response, ledger = call_with_retries(send, {}, sleep=lambda s: None)
    assert response is OK
    assert [e["status"] for e in ledger] == ["ProviderTimeout", "ServerOverloaded", "ok"]


def test_gives_up_after_max_attempts():
    send = scripted(RateLimited(), RateLimited(), RateLimited())
    with pytest.raises(RetriesExhausted) as info:
        call_with_retries(send, {}, sleep=lambda s: None)
    assert len(info.value.ledger) == 3
