"""Deadlines that travel with an agent's tool calls.

A deadline is absolute. Each sub-call gets a child deadline that never outlives its parent and
keeps back a little time (`reserve`) for the caller to handle the reply.
"""
import time

UNITS = {"H": 3600.0, "M": 60.0, "S": 1.0, "m": 1e-3, "u": 1e-6, "n": 1e-9}


class DeadlineExceeded(TimeoutError):
    pass


class Deadline:
    def __init__(self, seconds, clock=time.monotonic):
        self._clock = clock
        self.expires_at = clock() + seconds

    def remaining(self):
        return max(0.0, self.expires_at - self._clock())

    def expired(self):
        return self.remaining() == 0.0

    def child(self, timeout=None, reserve=0.0):
        budget = self.remaining() - reserve
        if timeout is not None:
            budget = min(budget, timeout)
        return Deadline(max(0.0, budget))

    def to_headers(self):
        return {"grpc-timeout": f"{int(self.remaining() * 1000)}m"}

    @classmethod
    def from_headers(cls, headers, default=30.0, clock=time.monotonic):
        value = headers.get("grpc-timeout")
        if not value:
            return cls(default, clock=clock)
        return cls(int(value[:-1]) * UNITS[value[-1]], clock=clock)


def call_tool(deadline, tool, arguments, *, timeout=None, reserve=0.05):
    """Run tool(arguments, timeout=...) inside the deadline.

    Raises DeadlineExceeded without calling the tool when no time is left for it.
    """
    sub = deadline.child(timeout, reserve)
    if sub.expired():
        name = getattr(tool, "__name__", "tool")
        raise DeadlineExceeded(f"no time left to call {name}")
    return tool(arguments, timeout=sub.remaining())
