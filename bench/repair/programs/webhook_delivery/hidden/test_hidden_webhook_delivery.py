import json
import socket

import pytest

from webhook_delivery import WebhookDispatcher


class ScriptedSender:
    def __init__(self, *script):
        self.script = list(script)
        self.calls = []

    def __call__(self, url, body):
        self.calls.append((url, body))
        outcome = self.script.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def test_every_attempt_times_out():
    sender = ScriptedSender(*(socket.timeout("timed out") for _ in range(4)))
    hooks = WebhookDispatcher(sender, max_attempts=4)
    hooks.subscribe("https://slow.example/hook", "*")
    [delivery] = hooks.publish("user.created", {"id": 3})
    assert not delivery.delivered
    assert delivery.attempts == 4 and len(delivery.errors) == 4
    assert len(sender.calls) == 4


def test_timeout_does_not_stop_other_subscribers():
    sender = ScriptedSender(TimeoutError(), TimeoutError(), 200)
    hooks = WebhookDispatcher(sender, max_attempts=2)
    hooks.subscribe("https://slow.example/hook", "user.created")
    hooks.subscribe("https://fast.example/hook", "user.created")
    slow, fast = hooks.publish("user.created", {"id": 3})
    assert (slow.delivered, slow.attempts) == (False, 2)
    assert (fast.delivered, fast.attempts) == (True, 1)


def test_mixed_failures_then_success():
    sender = ScriptedSender(ConnectionResetError("reset"), TimeoutError("slow"), 502, 200)
    hooks = WebhookDispatcher(sender, max_attempts=5)
    hooks.subscribe("https://a.example/hook", "*")
    [delivery] = hooks.publish("ping", {})
    assert delivery.delivered and delivery.attempts == 4
    assert len(delivery.errors) == 3 and delivery.errors[2] == "HTTP 502"


def test_rate_limited_is_retried():
    hooks = WebhookDispatcher(ScriptedSender(429, 200))
    hooks.subscribe("https://a.example/hook", "*")
    [delivery] = hooks.publish("ping", {})
    assert delivery.delivered and delivery.errors == ["HTTP 429"]


def test_programming_errors_propagate():
    hooks = WebhookDispatcher(ScriptedSender(ValueError("bad header value")))
    hooks.subscribe("https://a.example/hook", "*")
    with pytest.raises(ValueError):
        hooks.publish("ping", {})


def test_body_is_the_event_envelope():
    sender = ScriptedSender(200)
    hooks = WebhookDispatcher(sender)
    hooks.subscribe("https://a.example/hook", "invoice.sent")
    hooks.publish("invoice.sent", {"total": 12})
    assert json.loads(sender.calls[0][1]) == {"event": "invoice.sent", "data": {"total": 12}}
