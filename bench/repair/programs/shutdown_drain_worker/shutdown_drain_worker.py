"""Single-threaded job worker with graceful shutdown.

On shutdown the worker stops accepting new jobs, keeps working through its
backlog until the grace period is over, and hands back the jobs it never
started so the caller can put them back on the shared queue. A job that is
already running is always allowed to finish.
"""
from collections import deque


class ShuttingDown(Exception):
    """Raised when a job is submitted to a worker that is draining."""


class DrainingWorker:
    def __init__(self, handler, clock):
        self.handler = handler
        self.clock = clock
        self.backlog = deque()
        self.accepting = True
        self.results = {}
        self.errors = {}

    def submit(self, job_id, payload):
        if not self.accepting:
            raise ShuttingDown(f"cannot accept {job_id!r}: worker is shutting down")
        self.backlog.append((job_id, payload))

    def run_one(self):
        if not self.backlog:
            return False
        job_id, payload = self.backlog.popleft()
        try:
            self.results[job_id] = self.handler(payload)
        except Exception as exc:
            self.errors[job_id] = f"{type(exc).__name__}: {exc}"
        return True

    def run_until_idle(self):
        count = 0
        while self.run_one():
            count += 1
        return count

    def shutdown(self, grace):
        """Drain for up to ``grace`` seconds; return the ids of jobs never started."""
        self.accepting = False
        deadline = self.clock() + grace
        while self.backlog and self.clock() <= deadline:
            self.run_one()
        unstarted = [job_id for job_id, _ in self.backlog]
        return unstarted
