"""Per-service error-rate alarm fed with JSON access-log lines from the tool gateway."""

import json
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Alert:
    service: str
    error_rate: float
    firing: bool  # False: the alarm resolved


class ErrorRateAlarm:
    """Fires once when a service's share of 5xx responses over its last ``window`` requests
    reaches ``threshold`` (given at least ``min_requests`` of them), resolves once below."""

    def __init__(self, window: int = 20, threshold: float = 0.5, min_requests: int = 5) -> None:
        self.window = window
        self.threshold = threshold
        self.min_requests = min_requests
        self.malformed = 0
        self._recent: dict[str, deque[bool]] = {}
        self._firing: set[str] = set()

    def observe(self, service: str, status: int) -> Alert | None:
        recent = self._recent.setdefault(service, deque(maxlen=self.window))
        recent.append(status >= 500)
        if len(recent) < self.min_requests:
            return None
        rate = sum(recent) / len(recent)
        should_fire = rate >= self.threshold
        if should_fire == (service in self._firing):
            return None
        if should_fire:
            self._firing.add(service)
        else:
            self._firing.discard(service)
        return Alert(service, rate, should_fire)

    def ingest(self, line: str) -> Alert | None:
        """One log line; lines that cannot be understood are counted and skipped."""
        try:
            record = json.loads(line)
            service, status = record["service"], int(record["status"])
        except json.JSONDecodeError:
            self.malformed += 1
            return None
        return self.observe(service, status)

    def ingest_all(self, lines: Iterable[str]) -> list[Alert]:
        alerts = []
        for line in lines:
            alert = self.ingest(line)
            if alert is not None:
                alerts.append(alert)
        return alerts

    def firing(self) -> list[str]:
        return sorted(self._firing)
