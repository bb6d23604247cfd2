"""Call an LLM provider with retries and keep a ledger of what each attempt cost.

A rate-limited request is rejected before any work is done and is not billed.
A timed-out or overloaded request may have consumed tokens before it failed;
the provider reports that partial usage on the error and bills it.
"""
import time


class RateLimited(Exception):
    def __init__(self, retry_after=1.0):
        super().__init__(f"rate limited, retry after {retry_after}s")
        self.retry_after = retry_after


class ProviderTimeout(Exception):
    def __init__(self, usage=None):
        super().__init__("request timed out")
        self.usage = usage or {}


class ServerOverloaded(Exception):
    def __init__(self, usage=None):
        super().__init__("server overloaded")
        self.usage = usage or {}


class RetriesExhausted(Exception):
    def __init__(self, ledger):
        super().__init__(f"gave up after {len(ledger)} attempts")
        self.ledger = ledger


def _entry(attempt, status, usage):
    return {"attempt": attempt, "status": status,
            "input_tokens": usage.get("input_tokens", 0),
            "output_tokens": usage.get("output_tokens", 0)}


def call_with_retries(send, request, max_attempts=3, backoff=0.5, sleep=time.sleep):
    """Return (response, ledger); raise RetriesExhausted(ledger) if every attempt fails."""
    ledger = []
    for attempt in range(1, max_attempts + 1):
        try:
            response = send(request)
        except RateLimited as exc:
            ledger.append(_entry(attempt, "rate_limited", {}))
            delay = exc.retry_after
        except ProviderTimeout as exc:
            ledger.append(_entry(attempt, type(exc).__name__, exc.usage))
            delay = backoff * 2 ** (attempt - 1)
        else:
            ledger.append(_entry(attempt, "ok", response.get("usage", {})))
            return response, ledger
        if attempt < max_attempts:
            sleep(delay)
    raise RetriesExhausted(ledger)


def billed_tokens(ledger):
    """Total (input, output) tokens billed across all attempts."""
    return (sum(e["input_tokens"] for e in ledger),
            sum(e["output_tokens"] for e in ledger))
