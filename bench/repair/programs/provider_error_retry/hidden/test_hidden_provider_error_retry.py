from provider_error_retry import MAX_DELAY, Decision, ProviderError, backoff, decide


def test_retry_after_ms_preferred_and_case_insensitive():
    error = ProviderError(429, "rate_limit_error", {"Retry-After-Ms": "1500", "Retry-After": "9"})
    assert decide(error, attempt=0) == Decision(True, 1.5, "rate limited")


def test_unreadable_retry_after_falls_back_to_backoff():
    for value in ("Wed, 21 Oct 2015 07:28:00 GMT", "soon", "", "-3"):
        error = ProviderError(429, "rate_limit_error", {"retry-after": value})
        assert decide(error, attempt=1) == Decision(True, 1.0, "rate limited"), value


def test_bad_retry_after_ms_uses_retry_after_seconds():
    error = ProviderError(429, "rate_limit_error", {"retry-after-ms": "x", "retry-after": "4"})
    assert decide(error, attempt=3, max_attempts=10).delay == 4.0
    error = ProviderError(429, "rate_limit_error", {"retry-after-ms": "x"})
    assert decide(error, attempt=3, max_attempts=10).delay == 4.0


def test_zero_retry_after_means_right_away():
    error = ProviderError(429, "rate_limit_error", {"retry-after": "0"})
    assert decide(error, attempt=2) == Decision(True, 0.0, "rate limited")


def test_server_delay_capped():
    error = ProviderError(429, "rate_limit_error", {"retry-after": "600"})
    assert decide(error, attempt=0).delay == MAX_DELAY


def test_unknown_code_with_429_uses_rate_limit_rules():
    assert decide(ProviderError(429, "too_many"), attempt=0) == Decision(True, 0.5, "rate limited")
    assert decide(ProviderError(429, "too_many"), attempt=4, max_attempts=9) == Decision(
        True, 8.0, "rate limited")
    assert decide(ProviderError(429, "too_many", {"retry-after": "3"}), attempt=0).delay == 3.0


def test_backoff_growth_and_cap():
    assert [backoff(a) for a in range(8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]
    error = ProviderError(408, "request_timeout")
    assert decide(error, attempt=6, max_attempts=10) == Decision(True, 30.0, "request_timeout")


def test_fatal_codes_never_retried():
    for code in ("invalid_request_error", "permission_error", "not_found_error"):
        assert decide(ProviderError(400, code), attempt=0) == Decision(False, 0.0, code)
