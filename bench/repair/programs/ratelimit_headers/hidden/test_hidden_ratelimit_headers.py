import pytest

from ratelimit_headers import RateLimitState, parse_duration, parse_rate_limits


def test_missing_duration_is_zero():
    assert parse_duration(None) == 0.0


def test_more_durations():
    assert parse_duration("0s") == 0.0
    assert parse_duration("59m59.5s") == pytest.approx(3599.5)
    assert parse_duration("2h") == pytest.approx(7200.0)


def test_only_token_headers_present():
    state = parse_rate_limits({
        "X-RateLimit-Remaining-Tokens": "0",
        "X-RateLimit-Reset-Tokens": "1m30s",
    })
    assert state.remaining_requests is None
    assert state.reset_requests_s == 0.0
    assert state.wait_before(1) == pytest.approx(90.0)


def test_remaining_counts_without_reset_times():
    state = parse_rate_limits({
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-remaining-tokens": "0",
    })
    assert state == RateLimitState(0, 0, 0.0, 0.0)
    assert state.wait_before(5) == 0.0


def test_both_exhausted_waits_for_the_later_reset():
    state = parse_rate_limits({
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-remaining-tokens": "3",
        "x-ratelimit-reset-requests": "250ms",
        "x-ratelimit-reset-tokens": "3s",
    })
    assert state.wait_before(4) == pytest.approx(3.0)
    assert state.wait_before(2) == pytest.approx(0.25)


def test_empty_headers():
    assert parse_rate_limits({}) == RateLimitState(None, None, 0.0, 0.0)
