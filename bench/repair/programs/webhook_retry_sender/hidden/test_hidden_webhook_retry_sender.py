import socket

import pytest

from webhook_retry_sender import DeliveryFailed, deliver


class FakeEndpoint:
    def __init__(self, *outcomes):
        self.outcomes = list(outcomes)
        self.calls = 0

    def __call__(self, url, body, headers):
        self.calls += 1
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def test_only_timeouts_exhaust_attempts():
    errors = [socket.timeout("slow") for _ in range(3)]
    post = FakeEndpoint(*errors)
    sleeps = []
    with pytest.raises(DeliveryFailed) as info:
        deliver(post, "u", {}, max_attempts=3, base_delay=1.0, sleep=sleeps.append)
    assert info.value.attempts == 3
    assert info.value.last_error is errors[-1]
    assert sleeps == [1.0, 2.0]


def test_timeout_then_rate_limited_then_ok():
    post = FakeEndpoint(TimeoutError(), (429, {"Retry-After": "7"}), (200, {}))
    sleeps = []
    assert deliver(post, "u", {}, base_delay=0.25, sleep=sleeps.append) == 3
    assert sleeps == [0.25, 7.0]


def test_programming_errors_are_not_swallowed():
    post = FakeEndpoint(ValueError("bad url"), (200, {}))
    with pytest.raises(ValueError):
        deliver(post, "u", {})
    assert post.calls == 1


def test_short_retry_after_does_not_shorten_backoff():
    post = FakeEndpoint((503, {"Retry-After": "1"}), (503, {"Retry-After": "soon"}),
                        (503, {}), (201, {}))
    sleeps = []
    assert deliver(post, "u", {}, base_delay=2.0, sleep=sleeps.append) == 4
    assert sleeps == [2.0, 4.0, 8.0]


def test_refused_connection_counts_as_attempt():
    post = FakeEndpoint(ConnectionRefusedError(), ConnectionRefusedError())
    with pytest.raises(DeliveryFailed) as info:
        deliver(post, "u", {}, max_attempts=2)
    assert info.value.attempts == 2
    assert isinstance(info.value.last_error, ConnectionRefusedError)
