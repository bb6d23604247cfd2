"""Greedy assignment of tasks to workers: a worker can take a task whose level is at most
their skill, and takes at most one task."""

from bisect import bisect_left


def can_do(skill: int, level: int) -> bool:
    return skill >= level


def assign(tasks: dict[str, int], workers: dict[str, int]) -> dict[str, str]:
    """Map task -> worker, assigning as many tasks as possible.

    Tasks are handled from the easiest up (ties by name); each one goes to the least skilled
    free worker who can do it (ties by name), which keeps strong workers for hard tasks.
    """
    pool = [(skill, name) for name, skill in workers.items()]
    assignment: dict[str, str] = {}
    for level, task in sorted((level, name) for name, level in tasks.items()):
        index = bisect_left(pool, (level, ""))
        if index == len(pool):
            break  # nobody left is skilled enough for this task or any harder one
        _, worker = pool.pop(index)
        assignment[task] = worker
    return assignment


def unassigned(tasks: dict[str, int], assignment: dict[str, str]) -> list[str]:
    return sorted(task for task in tasks if task not in assignment)


def idle_workers(workers: dict[str, int], assignment: dict[str, str]) -> list[str]:
    busy = set(assignment.values())
    return sorted(worker for worker in workers if worker not in busy)
