"""Per-user request quotas over fixed windows (e.g. 100 model calls per user per hour)."""

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Window:
    start: float
    used: int = 0


@dataclass(frozen=True)
class Decision:
    allowed: bool
    remaining: int
    retry_after: float = 0.0


class QuotaManager:
    def __init__(
        self,
        default_limit: int,
        period: float,
        overrides: dict[str, int] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.default_limit = default_limit
        self.period = period
        self.overrides = dict(overrides or {})
        self._clock = clock
        self._windows: dict[str, Window] = {}

    def limit_for(self, user: str) -> int:
        return self.overrides.get(user, self.default_limit)

    def _current_window(self, user: str, now: float) -> Window:
        window = self._windows.get(user)
        if window is None:
            window = Window(start=now)
            self._windows[user] = window
        return window

    def consume(self, user: str, cost: int = 1) -> Decision:
        """Charge `cost` requests to the user if the quota allows it."""
        now = self._clock()
        window = self._current_window(user, now)
        limit = self.limit_for(user)
        if window.used + cost >= limit:
            retry_after = window.start + self.period - now
            return Decision(False, max(0, limit - window.used), retry_after)
        window.used += cost
        return Decision(True, limit - window.used)

    def remaining(self, user: str) -> int:
        window = self._current_window(user, self._clock())
        return max(0, self.limit_for(user) - window.used)
