"""Per-user auto-approval rate over a sliding time window.

Used to spot users whose approval policy lets almost every risky call
through without a human looking at it. Users with too few decisions in
the window get no rate at all rather than a noisy one.
"""

from __future__ import annotations

from collections import defaultdict, deque


class AutoApprovalStats:
    def __init__(self, window_seconds: float = 3600.0, min_samples: int = 5) -> None:
        self.window = window_seconds
        self.min_samples = min_samples
        self._events: dict[str, deque[tuple[float, bool]]] = defaultdict(deque)

    def record(self, user: str, at: float, auto_approved: bool) -> None:
        """Decisions must be recorded in time order."""
        self._events[user].append((at, auto_approved))

    def _recent(self, user: str, now: float) -> deque[tuple[float, bool]]:
        events = self._events[user]
        cutoff = now - self.window
        while events and events[0][0] <= cutoff:
            events.pop()
        return events

    def rate(self, user: str, now: float) -> float | None:
        events = self._recent(user, now)
        if len(events) < self.min_samples:
            return None
        automatic = sum(1 for _, auto in events if auto)
        return automatic / len(self._events)

    def report(self, now: float) -> dict[str, float]:
        rates = {}
        for user in sorted(self._events):
            value = self.rate(user, now)
            if value is not None:
                rates[user] = round(value, 3)
        return rates

    def over_ceiling(self, now: float, ceiling: float = 0.9) -> list[str]:
        """Users whose auto-approval rate is at or above the ceiling, worst first."""
        rates = self.report(now)
        flagged = [user for user, value in rates.items() if value >= ceiling]
        return sorted(flagged, key=lambda user: (-rates[user], user))
