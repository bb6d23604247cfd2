"""Deterministic build order: whenever several steps are ready, the one first by name runs."""

import heapq
from collections import defaultdict
from collections.abc import Iterable


class CycleError(ValueError):
    def __init__(self, stuck: list[str]) -> None:
        super().__init__(f"dependency cycle; stuck: {', '.join(stuck)}")
        self.stuck = stuck


def build_order(steps: Iterable[str], edges: Iterable[tuple[str, str]]) -> list[str]:
    """Order the steps so that for every (before, after) edge, before comes first.

    Steps named only in edges are included. Among steps whose prerequisites are all done,
    the alphabetically smallest is taken next, so the result does not depend on input order.
    """
    followers: dict[str, list[str]] = defaultdict(list)
    waiting_on: dict[str, int] = {step: 0 for step in steps}
    for before, after in edges:
        followers[after].append(before)
        waiting_on.setdefault(before, 0)
        waiting_on[after] = waiting_on.get(after, 0) + 1
    ready = [step for step, count in waiting_on.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        step = heapq.heappop(ready)
        order.append(step)
        for follower in followers[step]:
            waiting_on[follower] -= 1
            if waiting_on[follower] == 0:
                heapq.heappush(ready, follower)
    if len(order) < len(waiting_on):
        raise CycleError(sorted(step for step, count in waiting_on.items() if count > 0))
    return order


def parse_edges(lines: Iterable[str]) -> list[tuple[str, str]]:
    """Read "before -> after" lines; blank lines and # comments are skipped."""
    edges = []
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if line:
            before, after = (part.strip() for part in line.split("->"))
            edges.append((before, after))
    return edges
