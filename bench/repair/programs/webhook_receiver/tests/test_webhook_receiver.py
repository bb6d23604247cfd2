import json
from datetime import datetime, timedelta, timezone

import pytest

from webhook_receiver import WebhookReceiver, WebhookRejected

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)


def delivery(delivery_id, event_type="invoice.paid", sent=NOW):
    headers = {"webhook-id": delivery_id, "webhook-timestamp": str(int(sent.timestamp()))}
    return headers, json.dumps({"type": event_type, "data": {"id": delivery_id}})


def make_receiver(log):
    return WebhookReceiver({"invoice.paid": lambda event: log.append(event["data"]["id"])})


def test_processes_a_delivery():
    log = []
    assert make_receiver(log).receive(*delivery("msg_1"), now=NOW) == "processed"
    assert log == ["msg_1"]


def test_redelivery_is_a_duplicate():
    log = []
    receiver = make_receiver(log)
    receiver.receive(*delivery("msg_1"), now=NOW)
    assert receiver.receive(*delivery("msg_1"), now=NOW + timedelta(seconds=30)) == "duplicate"
    assert log == ["msg_1"]


def test_unknown_event_type_is_ignored():
    log = []
    assert make_receiver(log).receive(*delivery("m", "customer.created"), now=NOW) == "ignored"
    assert log == []


def test_old_timestamp_rejected():
    headers, body = delivery("msg_2", sent=NOW - timedelta(minutes=10))
    with pytest.raises(WebhookRejected):
        make_receiver([]).receive(headers, body, now=NOW)


def test_missing_or_malformed_headers_rejected():
    receiver = make_receiver([])
    with pytest.raises(WebhookRejected):
        receiver.receive({"webhook-timestamp": "1714564800"}, "{}", now=NOW)
    with pytest.raises(WebhookRejected):
        receiver.receive({"webhook-id": "x", "webhook-timestamp": "yesterday"}, "{}", now=NOW)
