"""Round-robin CPU scheduling simulation with arrival times and a fixed time quantum."""

from collections import deque
from dataclasses import dataclass


@dataclass
class Job:
    name: str
    arrival: int
    burst: int
    remaining: int = 0
    finished_at: int | None = None


class RoundRobin:
    """Jobs that arrive while a slice runs join the ready queue ahead of the job it preempts."""

    def __init__(self, quantum: int) -> None:
        if quantum < 1:
            raise ValueError("quantum must be at least 1")
        self.quantum = quantum
        self.clock = 0
        self.jobs: dict[str, Job] = {}
        self.timeline: list[tuple[int, str]] = []  # (start time, job name) of every slice
        self._pending: list[Job] = []
        self._ready: deque[Job] = deque()

    def submit(self, name: str, arrival: int, burst: int) -> None:
        job = Job(name, arrival, burst, remaining=burst)
        self.jobs[name] = job
        self._pending.append(job)

    def _admit_arrivals(self) -> None:
        while self._pending and self._pending[0].arrival <= self.clock:
            self._ready.append(self._pending.pop(0))

    def run(self) -> dict[str, int]:
        """Run every submitted job to completion; returns each job's finish time."""
        self._pending.sort(key=lambda job: job.arrival)
        while self._pending or self._ready:
            self._admit_arrivals()
            if not self._ready:
                self.clock = self._pending[0].arrival
                continue
            job = self._ready.popleft()
            self.timeline.append((self.clock, job.name))
            step = min(self.quantum, job.remaining)
            self.clock += step
            job.remaining -= step
            if job.remaining:
                self._ready.append(job)
            else:
                job.finished_at = self.clock
        return {name: job.finished_at for name, job in self.jobs.items()
                if job.finished_at is not None}

    def turnaround(self, name: str) -> int:
        job = self.jobs[name]
        if job.finished_at is None:
            raise KeyError(f"{name} has not finished")
        return job.finished_at - job.arrival

    def waiting(self, name: str) -> int:
        return self.turnaround(name) - self.jobs[name].burst

    def average_waiting(self) -> float:
        return sum(self.waiting(name) for name in self.jobs) / len(self.jobs)
