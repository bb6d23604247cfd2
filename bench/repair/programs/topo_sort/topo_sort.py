"""Ordering of build steps with dependencies (Kahn's algorithm)."""

from collections import deque
from collections.abc import Hashable, Iterable


def topo_order(nodes: Iterable[Hashable], edges: Iterable[tuple[Hashable, Hashable]]) -> list:
    """``edges`` are (before, after) pairs. Ties are broken by the order of ``nodes``.

    Raises ValueError when the graph has a cycle.
    """
    position = {node: index for index, node in enumerate(nodes)}
    successors: dict = {node: [] for node in position}
    indegree = {node: 0 for node in position}
    for before, after in edges:
        successors[before].append(after)
        indegree[after] += 1
    ready = deque(node for node in position if indegree[node] == 0)
    order = []
    while ready:
        node = ready.popleft()
        order.append(node)
        for nxt in successors[node]:
            if indegree[nxt] == 0:
                ready.append(nxt)
    if len(order) != len(position):
        raise ValueError("dependency graph has a cycle")
    return order
