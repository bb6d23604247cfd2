from webhook_delivery import WebhookDispatcher


class ScriptedSender:
    """Answers each call with the next scripted status, or raises it if it is an exception."""

    def __init__(self, *script):
        self.script = list(script)
        self.calls = []

    def __call__(self, url, body):
        self.calls.append((url, body))
        outcome = self.script.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome


def test_delivered_first_time():
    sender = ScriptedSender(200)
    hooks = WebhookDispatcher(sender)
    hooks.subscribe("https://a.example/hook", "order.paid")
    [delivery] = hooks.publish("order.paid", {"id": 7})
    assert delivery.delivered and delivery.attempts == 1
    assert sender.calls[0][0] == "https://a.example/hook"


def test_server_error_is_retried():
    hooks = WebhookDispatcher(ScriptedSender(503, 200))
    hooks.subscribe("https://a.example/hook", "order.paid")
    [delivery] = hooks.publish("order.paid", {"id": 7})
    assert delivery.delivered and delivery.attempts == 2
    assert delivery.errors == ["HTTP 503"]


def test_client_error_is_final():
    hooks = WebhookDispatcher(ScriptedSender(410))
    hooks.subscribe("https://a.example/hook", "order.paid")
    [delivery] = hooks.publish("order.paid", {"id": 7})
    assert not delivery.delivered and delivery.attempts == 1


def test_connection_refused_is_retried():
    hooks = WebhookDispatcher(ScriptedSender(ConnectionRefusedError("refused"), 204))
    hooks.subscribe("https://a.example/hook", "order.paid")
    [delivery] = hooks.publish("order.paid", {"id": 7})
    assert delivery.delivered and delivery.attempts == 2


def test_timeout_is_retried():
    hooks = WebhookDispatcher(ScriptedSender(TimeoutError("read timed out"), 200))
    hooks.subscribe("https://a.example/hook", "order.paid")
    [delivery] = hooks.publish("order.paid", {"id": 7})
    assert delivery.delivered and delivery.attempts == 2


def test_only_matching_subscribers():
    sender = ScriptedSender(200)
    hooks = WebhookDispatcher(sender)
    hooks.subscribe("https://a.example/paid", "order.paid")
    hooks.subscribe("https://b.example/refunds", "order.refunded")
    deliveries = hooks.publish("order.refunded", {"id": 1})
    assert [d.url for d in deliveries] == ["https://b.example/refunds"]
