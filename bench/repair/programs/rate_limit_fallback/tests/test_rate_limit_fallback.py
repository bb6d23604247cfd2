from rate_limit_fallback import Decision, Failure, decide


def test_rate_limited_without_header_backs_off():
    assert decide(Failure(429, {}, attempt=1)) == Decision("retry", 0.5)
    assert decide(Failure(429, {}, attempt=2)) == Decision("retry", 1.0)


def test_retry_after_header_is_honoured():
    assert decide(Failure(429, {"retry-after": "7"}, attempt=1)) == Decision("retry", 7.0)


def test_long_retry_after_falls_back_to_next_model():
    assert decide(Failure(429, {"retry-after": "120"}, attempt=1)).action == "fallback"


def test_rate_limited_too_often_falls_back():
    assert decide(Failure(429, {}, attempt=3)).action == "fallback"


def test_overloaded_retries_then_falls_back():
    assert decide(Failure(529, {}, attempt=1)) == Decision("retry", 0.5)
    assert decide(Failure(503, {}, attempt=3)) == Decision("fallback")


def test_bad_request_is_not_retried_anywhere():
    assert decide(Failure(400, {}, attempt=1)) == Decision("fail")


def test_unlisted_statuses():
    assert decide(Failure(502, {}, attempt=1)) == Decision("fallback")
    assert decide(Failure(404, {}, attempt=1)) == Decision("fail")
