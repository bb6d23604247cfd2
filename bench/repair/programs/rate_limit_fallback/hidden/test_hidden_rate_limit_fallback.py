import pytest

from rate_limit_fallback import MAX_WAIT_SECONDS, Decision, Failure, decide


@pytest.mark.parametrize(
    ("header", "wait"),
    [("1.5", 1.5), ("0", 0.0), ("20", 20.0), (" 3 ", 3.0), ("12", 12.0)],
)
def test_retry_after_values(header, wait):
    decision = decide(Failure(429, {"retry-after": header}, attempt=1))
    assert decision == Decision("retry", wait)
    assert isinstance(decision.wait, float)


def test_retry_after_just_over_the_limit():
    over = str(MAX_WAIT_SECONDS + 0.5)
    assert decide(Failure(429, {"retry-after": over}, attempt=2)) == Decision("fallback")


def test_short_retry_after_still_limited_by_attempts():
    assert decide(Failure(429, {"retry-after": "1"}, attempt=3)) == Decision("fallback")
    assert decide(Failure(429, {"retry-after": "1"}, attempt=2)) == Decision("retry", 1.0)


def test_wait_can_be_summed_into_a_budget():
    waits = [decide(Failure(429, {"retry-after": h}, attempt=1)).wait for h in ("2", "4.5")]
    assert sum(waits) == 6.5


def test_backoff_grows_without_header():
    assert decide(Failure(503, {}, attempt=2)) == Decision("retry", 1.0)
    assert decide(Failure(429, {}, attempt=1)).wait < decide(Failure(429, {}, attempt=2)).wait


def test_auth_and_size_errors():
    assert decide(Failure(401, {}, attempt=1)) == Decision("fallback")
    assert decide(Failure(413, {"retry-after": "5"}, attempt=1)) == Decision("fail")
    assert decide(Failure(500, {"retry-after": "5"}, attempt=1)) == Decision("fallback")
