"""Circuit breaker guarding a flaky tool.

closed: calls pass; `failure_threshold` consecutive failures open the breaker.
open: calls are refused until `reset_timeout` seconds have passed, then it turns half-open.
half_open: up to `probe_limit` trial calls may run; a success closes the breaker, a failure
opens it again for another `reset_timeout`.
"""
import time

CLOSED, OPEN, HALF_OPEN = "closed", "open", "half_open"


class BreakerOpen(RuntimeError):
    pass


class CircuitBreaker:
    def __init__(self, failure_threshold=3, reset_timeout=30.0, probe_limit=1,
                 clock=time.monotonic):
        self.failure_threshold = failure_threshold
        self.reset_timeout = reset_timeout
        self.probe_limit = probe_limit
        self._clock = clock
        self._state = CLOSED
        self._failures = 0
        self._opened_at = 0.0
        self._probes = 0

    @property
    def state(self):
        if self._state == OPEN and self._clock() - self._opened_at >= self.reset_timeout:
            self._state = HALF_OPEN
        return self._state

    def _open(self):
        self._state = OPEN
        self._opened_at = self._clock()

    def _close(self):
        self._state = CLOSED
        self._failures = 0
        self._probes = 0

    def allow(self):
        state = self.state
        if state == CLOSED:
            return True
        if state == HALF_OPEN and self._probes < self.probe_limit:
            self._probes += 1
            return True
        return False

    def record_success(self):
        if self.state == HALF_OPEN:
            self._close()
        else:
            self._failures = 0

    def record_failure(self):
        if self.state == HALF_OPEN:
            self._open()
            return
        self._failures += 1
        if self._failures >= self.failure_threshold:
            self._open()

    def call(self, fn, *args, **kwargs):
        if not self.allow():
            raise BreakerOpen(f"circuit is {self.state}")
        try:
            result = fn(*args, **kwargs)
        except Exception:
            self.record_failure()
            raise
        self.record_success()
        return result
