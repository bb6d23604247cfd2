import pytest

from status_retry_verdict import MAX_BACKOFF, MAX_RETRY_AFTER, Verdict, decide, retry_delay


def test_retry_after_at_the_limit_is_honoured():
    assert retry_delay({"Retry-After": str(int(MAX_RETRY_AFTER))}, 0) == MAX_RETRY_AFTER


def test_retry_after_just_over_the_limit_is_ignored():
    assert retry_delay({"Retry-After": "61"}, 2) == 2.0


@pytest.mark.parametrize("value", ["86400", "120.5", "600"])
def test_large_retry_after_uses_capped_backoff(value):
    assert decide(429, {"RETRY-AFTER": value}, attempt=1) == Verdict("retry", 1.0)
    assert retry_delay({"retry-after": value}, 10) == MAX_BACKOFF


def test_fractional_retry_after():
    assert decide(529, {"retry-after": "1.5"}, attempt=0) == Verdict("retry", 1.5)


def test_http_date_retry_after_uses_backoff():
    headers = {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}
    assert decide(503, headers, attempt=2) == Verdict("retry", 2.0)


def test_backoff_is_capped():
    assert retry_delay({}, 12) == MAX_BACKOFF


def test_permanent_server_errors_and_unknown_classes():
    assert decide(501, {}, attempt=0).action == "give_up"
    assert decide(302, {}, attempt=0).action == "give_up"


def test_server_can_force_retry_with_sane_delay():
    verdict = decide(400, {"x-should-retry": "true", "retry-after": "999"}, attempt=0)
    assert verdict == Verdict("retry", 0.5)


def test_last_attempt_still_done_on_success():
    assert decide(201, {}, attempt=3, max_attempts=4) == Verdict("done")
