import pytest

from webhook_retry_sender import DeliveryFailed, deliver


class FakeEndpoint:
    def __init__(self, *outcomes):
        self.outcomes = list(outcomes)
        self.calls = []

    def __call__(self, url, body, headers):
        self.calls.append((url, body, headers))
        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def test_first_attempt_succeeds():
    post = FakeEndpoint((200, {}))
    assert deliver(post, "https://hooks.example/x", {"b": 1, "a": 2}) == 1
    url, body, headers = post.calls[0]
    assert body == b'{"a": 2, "b": 1}'
    assert headers["Content-Type"] == "application/json"


def test_server_error_is_retried_with_backoff():
    post = FakeEndpoint((503, {}), (502, {}), (204, {}))
    sleeps = []
    assert deliver(post, "u", {}, sleep=sleeps.append) == 3
    assert sleeps == [0.5, 1.0]


def test_client_error_is_not_retried():
    post = FakeEndpoint((404, {}), (200, {}))
    with pytest.raises(DeliveryFailed) as info:
        deliver(post, "u", {})
    assert info.value.attempts == 1
    assert len(post.calls) == 1


def test_network_errors_are_retried():
    post = FakeEndpoint(ConnectionResetError("reset"), TimeoutError("timed out"), (200, {}))
    assert deliver(post, "u", {"event": "ping"}) == 3


def test_gives_up_after_max_attempts():
    post = FakeEndpoint((500, {}), (500, {}), (500, {}))
    with pytest.raises(DeliveryFailed) as info:
        deliver(post, "u", {}, max_attempts=3)
    assert info.value.attempts == 3
    assert info.value.last_error == "HTTP 500"
