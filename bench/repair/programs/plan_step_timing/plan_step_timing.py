"""State machine for one step of an agent plan, with attempt and timing data."""

import time

TRANSITIONS = {
    "pending": {"running", "cancelled"},
    "running": {"done", "failed", "cancelled"},
    "failed": {"pending"},
    "done": set(),
    "cancelled": set(),
}


class InvalidTransition(RuntimeError):
    """Raised for a move the state machine does not allow."""


class Step:
    def __init__(self, name, clock=time.monotonic):
        self.name = name
        self.state = "pending"
        self.attempts = 0
        self.result = None
        self.error = None
        self.started_at = None
        self.ended_at = None
        self._clock = clock

    def _move(self, new_state):
        if new_state not in TRANSITIONS[self.state]:
            raise InvalidTransition(f"{self.name}: {self.state} -> {new_state}")
        self.state = new_state

    def start(self):
        self._move("running")
        self.attempts += 1
        self.started_at = self._clock()
        self.ended_at = None

    def finish(self, result):
        self._move("done")
        self.result = result
        self.ended_at = self._clock()

    def fail(self, error):
        self._move("failed")
        self.error = str(error)

    def retry(self):
        self._move("pending")
        self.error = None

    def cancel(self):
        was_running = self.state == "running"
        self._move("cancelled")
        if was_running:
            self.ended_at = self._clock()

    def duration(self):
        """Seconds the last attempt took, or None if it has not ended."""
        if self.started_at is None or self.ended_at is None:
            return None
        return self.ended_at - self.started_at

    def snapshot(self):
        return {
            "name": self.name,
            "state": self.state,
            "attempts": self.attempts,
            "error": self.error,
            "duration": self.duration(),
        }
