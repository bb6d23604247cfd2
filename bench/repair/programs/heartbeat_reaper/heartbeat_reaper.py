"""Worker registry that reaps workers whose heartbeats stopped.

Workers register, claim jobs and call ``beat`` every few seconds. ``reap``
declares a worker dead once it has been silent for ``timeout`` seconds and
hands back the jobs it had claimed so other workers can pick them up.
"""
from dataclasses import dataclass, field


@dataclass
class WorkerInfo:
    worker_id: str
    registered_at: float
    last_beat: float
    jobs: set = field(default_factory=set)


class HeartbeatRegistry:
    def __init__(self, timeout=15.0):
        self.timeout = timeout
        self.workers = {}

    def register(self, worker_id, now):
        self.workers[worker_id] = WorkerInfo(worker_id, now, now)

    def beat(self, worker_id, now):
        info = self.workers.get(worker_id)
        if info is None:
            raise KeyError(f"unknown worker {worker_id!r}; it was reaped or never registered")
        # Beats can arrive out of order over the network; never move backwards.
        info.last_beat = max(info.last_beat, now)

    def claim(self, worker_id, job_id):
        self.workers[worker_id].jobs.add(job_id)

    def release(self, worker_id, job_id):
        self.workers[worker_id].jobs.discard(job_id)

    def is_alive(self, worker_id, now):
        info = self.workers.get(worker_id)
        return info is not None and now - info.last_beat < self.timeout

    def reap(self, now):
        """Remove silent workers; return (dead worker ids, jobs to requeue), both sorted."""
        dead = sorted(w for w, info in self.workers.items()
                      if now - info.registered_at >= self.timeout)
        orphaned = []
        for worker_id in dead:
            orphaned.extend(self.workers.pop(worker_id).jobs)
        return dead, sorted(orphaned)

    def uptime(self, worker_id, now):
        return now - self.workers[worker_id].registered_at
