"""A simulated clock with one-shot and repeating timers, for deterministic timeout tests."""

import heapq
import itertools
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Timer:
    callback: Callable[[], None]
    deadline: float
    interval: float | None


class FakeClock:
    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self._timers: dict[int, _Timer] = {}
        self._queue: list[tuple[float, int, int]] = []  # (deadline, order, timer id)
        self._ids = itertools.count(1)
        self._order = itertools.count()

    def _push(self, timer_id: int, deadline: float) -> None:
        heapq.heappush(self._queue, (deadline, next(self._order), timer_id))

    def call_later(self, delay: float, callback: Callable[[], None],
                   every: float | None = None) -> int:
        if delay < 0 or (every is not None and every <= 0):
            raise ValueError("delay must be >= 0 and every > 0")
        timer_id = next(self._ids)
        self._timers[timer_id] = _Timer(callback, self.now + delay, every)
        self._push(timer_id, self.now + delay)
        return timer_id

    def reset(self, timer_id: int, delay: float) -> None:
        """Move a pending timer's next deadline to now + delay (an idle timeout pushed back)."""
        timer = self._timers[timer_id]
        timer.deadline = self.now + delay
        self._push(timer_id, timer.deadline)

    def cancel(self, timer_id: int) -> bool:
        return self._timers.pop(timer_id, None) is not None

    def pending(self) -> int:
        return len(self._timers)

    def advance(self, seconds: float) -> int:
        """Move time forward, firing due timers in deadline order; returns how many fired."""
        target = self.now + seconds
        fired = 0
        while self._queue and self._queue[0][0] < target:
            deadline, _, timer_id = heapq.heappop(self._queue)
            timer = self._timers.get(timer_id)
            if timer is None:
                continue
            self.now = deadline
            if timer.interval is None:
                del self._timers[timer_id]
            else:
                timer.deadline = deadline + timer.interval
                self._push(timer_id, timer.deadline)
            timer.callback()
            fired += 1
        self.now = max(self.now, target)
        return fired
