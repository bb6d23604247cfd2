import json
import time
from datetime import datetime, timedelta, timezone

import pytest

from webhook_receiver import WebhookReceiver, WebhookRejected

NOW = datetime(2024, 9, 15, 8, 30, tzinfo=timezone.utc)


@pytest.fixture
def local_zone(monkeypatch):
    monkeypatch.setenv("TZ", "XYZ+7")  # seven hours west of UTC, no tzdata needed
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def delivery(delivery_id, sent, event_type="order.created"):
    headers = {"webhook-id": delivery_id, "webhook-timestamp": str(int(sent.timestamp()))}
    return headers, json.dumps({"type": event_type, "id": delivery_id})


def receiver_with(log, **kwargs):
    return WebhookReceiver({"order.created": lambda event: log.append(event["id"])}, **kwargs)


def test_timestamps_compared_in_utc_whatever_the_local_zone(local_zone):
    log = []
    receiver = receiver_with(log)
    assert receiver.receive(*delivery("a", NOW - timedelta(minutes=4)), now=NOW) == "processed"
    with pytest.raises(WebhookRejected):
        receiver.receive(*delivery("b", NOW - timedelta(hours=7)), now=NOW)
    assert log == ["a"]


def test_now_in_another_offset():
    paris = timezone(timedelta(hours=2))
    log = []
    receiver = receiver_with(log)
    now = NOW.astimezone(paris)
    assert receiver.receive(*delivery("p", NOW + timedelta(minutes=2)), now=now) == "processed"


def test_future_timestamp_beyond_tolerance_rejected():
    receiver = receiver_with([], tolerance=timedelta(seconds=30))
    with pytest.raises(WebhookRejected):
        receiver.receive(*delivery("f", NOW + timedelta(seconds=31)), now=NOW)
    assert receiver.receive(*delivery("g", NOW + timedelta(seconds=29)), now=NOW) == "processed"


def test_failed_handler_can_be_retried():
    calls = []

    def flaky(event):
        calls.append(event["id"])
        if len(calls) == 1:
            raise RuntimeError("db down")

    receiver = WebhookReceiver({"order.created": flaky})
    headers, body = delivery("r", NOW)
    with pytest.raises(RuntimeError):
        receiver.receive(headers, body, now=NOW)
    assert receiver.receive(headers, body, now=NOW + timedelta(seconds=5)) == "processed"
    assert receiver.receive(headers, body, now=NOW + timedelta(seconds=9)) == "duplicate"


def test_ids_forgotten_after_retention():
    log = []
    receiver = receiver_with(log, retention=timedelta(hours=1))
    receiver.receive(*delivery("old", NOW), now=NOW)
    later = NOW + timedelta(hours=2)
    assert receiver.receive(*delivery("old", later), now=later) == "processed"
    assert log == ["old", "old"]
