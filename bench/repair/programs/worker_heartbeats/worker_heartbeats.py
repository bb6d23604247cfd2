"""Liveness of background workers (sub-agents, tool servers) from their heartbeats.

The caller passes the current time in; the monitor never reads a clock itself.
"""

from dataclasses import dataclass, field


@dataclass
class HeartbeatMonitor:
    stale_after: float = 15.0  # seconds of silence before a worker counts as stale
    dead_after: float = 60.0  # ... and before it counts as dead
    _last_beat: dict[str, float] = field(default_factory=dict)

    def beat(self, worker: str, now: float) -> None:
        previous = self._last_beat.get(worker)
        if previous is None or now > previous:  # beats may arrive out of order
            self._last_beat[worker] = now

    def forget(self, worker: str) -> None:
        self._last_beat.pop(worker, None)

    def status(self, worker: str, now: float) -> str:
        last = self._last_beat.get(worker)
        if last is None:
            return "unknown"
        silence = now - last
        if silence >= self.stale_after:
            return "stale"
        if silence >= self.dead_after:
            return "dead"
        return "alive"

    def by_status(self, now: float) -> dict[str, list[str]]:
        groups: dict[str, list[str]] = {"alive": [], "stale": [], "dead": []}
        for worker in sorted(self._last_beat):
            groups[self.status(worker, now)].append(worker)
        return groups

    def reap(self, now: float) -> list[str]:
        """Forget every dead worker; return their names, sorted."""
        dead = [worker for worker in sorted(self._last_beat)
                if self.status(worker, now) == "dead"]
        for worker in dead:
            self.forget(worker)
        return dead

    def next_change(self, now: float) -> float | None:
        """The earliest time at which some worker's status will change, if any will."""
        upcoming = []
        for last in self._last_beat.values():
            for threshold in (self.stale_after, self.dead_after):
                if last + threshold > now:
                    upcoming.append(last + threshold)
        return min(upcoming, default=None)
