"""Retry budget shared by every call to one tool.

Retries are allowed while they stay within `ratio` of the requests seen in the last `window`
seconds, with a floor of `min_retries` per window so a quiet tool can still retry.
"""
import time
from collections import deque


class RetryBudget:
    def __init__(self, ratio=0.2, min_retries=2, window=10.0, clock=time.monotonic):
        self.ratio = ratio
        self.min_retries = min_retries
        self.window = window
        self._clock = clock
        self._requests = deque()
        self._retries = deque()

    def _prune(self, now):
        cutoff = now - self.window
        for log in (self._requests, self._retries):
            while log and log[0] <= cutoff:
                log.popleft()

    def record_request(self):
        now = self._clock()
        self._prune(now)
        self._requests.append(now)

    def allowance(self):
        self._prune(self._clock())
        return max(self.min_retries, int(len(self._requests) * self.ratio))

    def try_spend(self):
        allowed = self.allowance()
        if len(self._retries) > allowed:
            return False
        self._retries.append(self._clock())
        return True


def call_with_retries(budget, fn, *, max_attempts=3, retry_on=(TimeoutError, ConnectionError)):
    """Call fn(), retrying failures in `retry_on` while attempts and the budget allow."""
    budget.record_request()
    attempt = 1
    while True:
        try:
            return fn()
        except retry_on:
            if attempt >= max_attempts and not budget.try_spend():
                raise
            attempt += 1
