"""Timeout handling for a tool's child process: SIGTERM first, SIGKILL later.

`Watchdog.check()` is called from the agent's event loop every so often.  Once
the timeout has passed it asks the child to terminate; if the child is still
alive `grace` seconds after that request it is killed outright.
"""

import time


class Watchdog:
    def __init__(self, proc, timeout, grace=5.0, clock=time.monotonic):
        if timeout <= 0 or grace < 0:
            raise ValueError("timeout must be positive and grace non-negative")
        self.proc = proc
        self.clock = clock
        self.grace = grace
        self.started = clock()
        self.deadline = self.started + timeout
        self.kill_at = None
        self.stage = "running"

    @property
    def timed_out(self):
        return self.stage in ("terminating", "killed")

    def check(self):
        """Advance the escalation; return the exit code once the child is gone."""
        code = self.proc.poll()
        if code is not None:
            return code
        now = self.clock()
        if self.stage == "running" and now >= self.deadline:
            self.proc.terminate()
            self.stage = "terminating"
            self.kill_at = self.deadline + self.grace
        elif self.stage == "terminating" and now >= self.kill_at:
            self.proc.kill()
            self.stage = "killed"
        return None

    def remaining(self):
        """Seconds until the next escalation step (0 when nothing is pending)."""
        if self.stage == "running":
            return max(0.0, self.deadline - self.clock())
        if self.stage == "terminating":
            return max(0.0, self.kill_at - self.clock())
        return 0.0
