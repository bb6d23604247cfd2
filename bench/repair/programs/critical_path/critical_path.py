"""Critical path method for a project: tasks with durations and finish-before dependencies."""

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Schedule:
    makespan: int
    earliest: dict[str, int]  # earliest start of each task
    latest: dict[str, int]  # latest start that does not delay the project
    slack: dict[str, int]
    critical: list[str]  # tasks with no slack, in topological order


def topological_order(durations: Mapping[str, int], after: Mapping[str, Sequence[str]]) -> list[str]:
    """Kahn's algorithm; after[task] lists the tasks that must finish before task starts."""
    waiting = {task: len(after.get(task, ())) for task in durations}
    successors: dict[str, list[str]] = {task: [] for task in durations}
    for task, before in after.items():
        for prerequisite in before:
            successors[prerequisite].append(task)
    ready = deque(task for task in durations if waiting[task] == 0)
    order = []
    while ready:
        task = ready.popleft()
        order.append(task)
        for nxt in successors[task]:
            waiting[nxt] -= 1
            if waiting[nxt] == 0:
                ready.append(nxt)
    if len(order) != len(durations):
        raise ValueError("dependency cycle among: " + ", ".join(t for t in durations if waiting[t]))
    return order


def schedule(durations: Mapping[str, int], after: Mapping[str, Sequence[str]]) -> Schedule:
    order = topological_order(durations, after)
    earliest: dict[str, int] = {}
    for task in order:
        earliest[task] = max((earliest[p] + durations[p] for p in after.get(task, ())), default=0)
    makespan = max((earliest[t] for t in order), default=0)
    successors: dict[str, list[str]] = {task: [] for task in order}
    for task in order:
        for prerequisite in after.get(task, ()):
            successors[prerequisite].append(task)
    latest: dict[str, int] = {}
    for task in reversed(order):
        finish_by = min((latest[s] for s in successors[task]), default=makespan)
        latest[task] = finish_by - durations[task]
    slack = {task: earliest[task] - latest[task] for task in order}
    critical = [task for task in order if slack[task] == 0]
    return Schedule(makespan, earliest, latest, slack, critical)
