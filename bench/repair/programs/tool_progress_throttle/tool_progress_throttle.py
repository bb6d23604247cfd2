"""Progress notifications for long-running tool calls.

A tool calls ``advance(n)`` as it works. The harness forwards progress to the
client, but no more often than every ``min_step`` percent or every
``min_interval`` seconds, whichever comes first; completion is always sent.
With an unknown total (None or 0) only the time limit applies.
"""
import time


class ProgressReporter:
    def __init__(self, total, emit, min_step=5, min_interval=1.0, clock=time.monotonic):
        self.total = total
        self.emit = emit
        self.min_step = min_step
        self.min_interval = min_interval
        self.clock = clock
        self.done = 0
        self.sent = 0
        self._last_pct = None
        self._last_time = None

    def percent(self):
        if not self.total:
            return 0
        return min(100, self.done * 100 // self.total)

    def advance(self, n=1, message=""):
        self.done += n
        pct = self.percent()
        now = self.clock()
        if self._last_pct is None:
            due = True
        else:
            due = (pct - self._last_pct >= self.min_step
                   and now - self._last_time >= self.min_interval)
        if due or (pct == 100 and self._last_pct != 100):
            self._send(pct, now, message)

    def finish(self, message="done"):
        if self._last_pct != 100:
            self.done = max(self.done, self.total or 0)
            self._send(100, self.clock(), message)

    def _send(self, pct, now, message):
        self._last_pct = pct
        self._last_time = now
        self.sent += 1
        self.emit({"progress": self.done, "total": self.total,
                   "percent": pct, "message": message})
