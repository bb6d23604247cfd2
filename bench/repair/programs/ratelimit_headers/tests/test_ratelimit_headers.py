import pytest

from ratelimit_headers import parse_duration, parse_rate_limits


def test_durations():
    assert parse_duration("6m0s") == pytest.approx(360.0)
    assert parse_duration("1.5s") == pytest.approx(1.5)
    assert parse_duration("20ms") == pytest.approx(0.02)
    assert parse_duration("1h2m3s") == pytest.approx(3723.0)


def test_full_headers():
    state = parse_rate_limits({
        "x-ratelimit-remaining-requests": "59",
        "x-ratelimit-remaining-tokens": "149000",
        "x-ratelimit-reset-requests": "1s",
        "x-ratelimit-reset-tokens": "400ms",
    })
    assert state.remaining_requests == 59
    assert state.remaining_tokens == 149000
    assert state.reset_tokens_s == pytest.approx(0.4)
    assert state.wait_before(1000) == 0.0


def test_out_of_tokens_waits_for_token_reset():
    state = parse_rate_limits({
        "X-RateLimit-Remaining-Requests": "10",
        "X-RateLimit-Remaining-Tokens": "500",
        "X-RateLimit-Reset-Requests": "2s",
        "X-RateLimit-Reset-Tokens": "7s",
    })
    assert state.wait_before(800) == pytest.approx(7.0)


def test_response_without_rate_limit_headers():
    state = parse_rate_limits({"content-type": "application/json"})
    assert state.remaining_requests is None
    assert state.wait_before(10_000) == 0.0


def test_only_request_headers_present():
    state = parse_rate_limits({
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": "12s",
    })
    assert state.wait_before(100) == pytest.approx(12.0)
