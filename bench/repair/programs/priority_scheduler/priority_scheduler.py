"""Non-preemptive priority scheduling of batch jobs on a single worker."""

import heapq
from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    name: str
    arrival: int
    duration: int
    priority: int  # smaller runs first


@dataclass(frozen=True)
class Slot:
    job: str
    start: int
    end: int


def schedule(jobs: list[Job]) -> list[Slot]:
    """Run order on one worker: of the jobs that have arrived, the smallest priority runs next,
    ties going to the earlier arrival and then to the order given. A running job finishes."""
    incoming = sorted(enumerate(jobs), key=lambda pair: pair[1].arrival)
    ready: list[tuple[int, int, int, Job]] = []
    slots: list[Slot] = []
    clock = 0
    next_index = 0
    while next_index < len(incoming) or ready:
        while next_index < len(incoming) and incoming[next_index][1].arrival <= clock:
            order, job = incoming[next_index]
            heapq.heappush(ready, (job.arrival, job.priority, order, job))
            next_index += 1
        if not ready:
            clock = incoming[next_index][1].arrival
            continue
        _, _, _, job = heapq.heappop(ready)
        slots.append(Slot(job.name, clock, clock + job.duration))
        clock += job.duration
    return slots


def waiting_times(jobs: list[Job], slots: list[Slot]) -> dict[str, int]:
    """How long each job sat in the queue before it started."""
    arrivals = {job.name: job.arrival for job in jobs}
    return {slot.job: slot.start - arrivals[slot.job] for slot in slots}


def average_wait(jobs: list[Job]) -> float:
    if not jobs:
        return 0.0
    waits = waiting_times(jobs, schedule(jobs))
    return sum(waits.values()) / len(waits)
