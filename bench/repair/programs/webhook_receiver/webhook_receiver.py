"""Webhook intake: replay window on the sender's timestamp, idempotency by delivery id."""

import json
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

Handler = Callable[[dict[str, Any]], None]


class WebhookRejected(Exception):
    pass


class WebhookReceiver:
    def __init__(
        self,
        handlers: dict[str, Handler],
        tolerance: timedelta = timedelta(minutes=5),
        retention: timedelta = timedelta(hours=24),
    ) -> None:
        self.handlers = handlers
        self.tolerance = tolerance
        self.retention = retention
        self._seen: dict[str, datetime] = {}  # delivery id -> when it was processed

    def receive(self, headers: dict[str, str], body: str, now: datetime) -> str:
        """Returns "processed", "duplicate" or "ignored"; raises WebhookRejected."""
        if now.tzinfo is None:
            now = now.replace(tzinfo=timezone.utc)
        delivery_id = headers.get("webhook-id", "")
        sent_at = self._sent_at(headers.get("webhook-timestamp", ""))
        if not delivery_id:
            raise WebhookRejected("missing webhook-id header")
        if abs(now - sent_at) > self.tolerance:
            raise WebhookRejected(f"timestamp {sent_at.isoformat()} outside the replay window")
        self._forget_older_than(now - self.retention)
        if delivery_id in self._seen:
            return "duplicate"
        event = json.loads(body)
        handler = self.handlers.get(event.get("type", ""))
        if handler is not None:
            handler(event)  # raises before recording: the sender retries the same id
        self._seen[delivery_id] = now
        return "processed" if handler is not None else "ignored"

    def _sent_at(self, stamp: str) -> datetime:
        if not stamp.isdigit():
            raise WebhookRejected(f"bad webhook-timestamp {stamp!r}")
        return datetime.fromtimestamp(int(stamp))

    def _forget_older_than(self, cutoff: datetime) -> None:
        for delivery_id in [d for d, seen in self._seen.items() if seen < cutoff]:
            del self._seen[delivery_id]
