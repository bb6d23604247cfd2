"""Propagate a cancellation through a task plan to everything depending on it."""

from collections import deque

ACTIVE = ("pending", "running")


def dependents_map(deps):
    """Invert task -> needed tasks into task -> tasks that need it."""
    dependents = {}
    for task, needs in deps.items():
        for need in needs:
            dependents.setdefault(need, []).append(task)
    return dependents


def cancel_with_dependents(states, deps, root, reason="cancelled by user"):
    """Cancel `root` and, transitively, every task that depends on it.

    `states` maps task -> "pending" | "running" | "done" | "failed" |
    "cancelled" and is updated in place; `deps` maps task -> tasks it needs.
    Tasks that already finished keep their state. Returns {task: reason}
    for the tasks this call cancelled, in the order they were reached
    (breadth first from the root).
    """
    dependents = dependents_map(deps)
    cancelled = {}
    queue = deque([root])
    seen = {root}
    while queue:
        task = queue.popleft()
        if states.get(task) in ACTIVE:
            states[task] = "cancelled"
            cancelled[task] = reason if task == root else f"upstream {root} cancelled"
        for child in dependents.get(task, ()):
            if child not in seen:
                seen.add(child)
    return cancelled
