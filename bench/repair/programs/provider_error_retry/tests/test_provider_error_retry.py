from provider_error_retry import Decision, ProviderError, decide


def test_auth_error_not_retried():
    decision = decide(ProviderError(401, "authentication_error"), attempt=0)
    assert decision == Decision(False, 0.0, "authentication_error")


def test_overloaded_backs_off_exponentially():
    error = ProviderError(529, "overloaded_error")
    assert [decide(error, attempt=a).delay for a in range(3)] == [0.5, 1.0, 2.0]
    assert decide(error, attempt=0).retry


def test_rate_limit_honours_retry_after():
    error = ProviderError(429, "rate_limit_error", {"retry-after": "7"})
    assert decide(error, attempt=0) == Decision(True, 7.0, "rate limited")


def test_rate_limit_without_header_backs_off():
    error = ProviderError(429, "rate_limit_error")
    assert decide(error, attempt=2) == Decision(True, 2.0, "rate limited")


def test_gives_up_after_max_attempts():
    error = ProviderError(500, "api_error")
    assert decide(error, attempt=2, max_attempts=3) == Decision(False, 0.0, "out of attempts")
    assert decide(error, attempt=1, max_attempts=3).retry


def test_unknown_server_error_retried():
    assert decide(ProviderError(503, "service_unavailable"), attempt=0).retry
    assert not decide(ProviderError(422, "unprocessable"), attempt=0).retry
