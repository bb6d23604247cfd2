"""Spread requests over model deployments by tokens-per-minute headroom."""

from collections import deque


class TpmRouter:
    """Each deployment has a tokens-per-minute limit; usage counts over a sliding window."""

    def __init__(self, limits: dict[str, int], window: float = 60.0) -> None:
        self._limits = dict(limits)
        self._window = window
        self._log: dict[str, deque[tuple[float, int]]] = {name: deque() for name in limits}

    def used(self, name: str, now: float) -> int:
        """Tokens sent to the deployment in the window (now - window, now]."""
        log = self._log[name]
        while log and log[0][0] <= now - self._window:
            log.pop()
        return sum(tokens for _, tokens in log)

    def headroom(self, name: str, now: float) -> int:
        return self._limits[name] - self.used(name, now)

    def route(self, tokens: int, now: float) -> str | None:
        """The deployment with the most headroom that fits the request (first listed on a
        tie), with the request counted against it; None if no deployment has room."""
        best: str | None = None
        best_room = 0
        for name in self._limits:
            room = self.headroom(name, now)
            if room >= tokens and (best is None or room > best_room):
                best, best_room = name, room
        if best is not None:
            self._log[best].append((now, tokens))
        return best

    def retry_after(self, tokens: int, now: float) -> float | None:
        """Seconds until some deployment has room for the request (0.0 if one has room
        now); None if the request is larger than every limit."""
        waits: list[float] = []
        for name, limit in self._limits.items():
            if tokens > limit:
                continue
            room = self.headroom(name, now)
            wait = 0.0
            for stamp, spent in self._log[name]:
                if room >= tokens:
                    break
                room += spent
                wait = stamp + self._window - now
            waits.append(wait)
        return min(waits) if waits else None
