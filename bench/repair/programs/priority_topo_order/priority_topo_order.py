"""Topological order of tasks that runs the most important ready task first."""

import heapq
from collections.abc import Mapping, Sequence


class CycleError(ValueError):
    """Raised when the dependencies contain a cycle."""


def _graph(deps: Mapping[str, Sequence[str]]) -> tuple[dict[str, int], dict[str, list[str]]]:
    tasks = set(deps)
    for required in deps.values():
        tasks.update(required)
    waiting_on = {task: 0 for task in tasks}
    dependents: dict[str, list[str]] = {task: [] for task in tasks}
    for task, required in deps.items():
        for dep in set(required):
            waiting_on[task] += 1
            dependents[dep].append(task)
    return waiting_on, dependents


def priority_order(
    deps: Mapping[str, Sequence[str]], priority: Mapping[str, int]
) -> list[str]:
    """Order tasks so that every task comes after the tasks it depends on.

    `deps` maps a task to the tasks it needs first. Whenever several tasks are ready, the
    one with the highest priority runs next (ties by name); unlisted tasks have priority 0.
    """
    waiting_on, dependents = _graph(deps)
    ready = [(-priority.get(task, 0), task) for task, count in waiting_on.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, task = heapq.heappop(ready)
        order.append(task)
        for child in dependents[task]:
            waiting_on[child] -= 1
            if waiting_on[child] == 0:
                heapq.heappush(ready, (-priority.get(task, 0), child))
    if len(order) != len(waiting_on):
        stuck = sorted(task for task, count in waiting_on.items() if count > 0)
        raise CycleError("dependency cycle among: " + ", ".join(stuck))
    return order
