"""Fewest-hops path between agents in a delegation graph (breadth-first search)."""

from collections import deque
from collections.abc import Hashable, Iterable, Mapping


def shortest_path(
    graph: Mapping[Hashable, Iterable[Hashable]], start: Hashable, goal: Hashable
) -> list | None:
    """Nodes from ``start`` to ``goal`` inclusive, or None when ``goal`` is unreachable."""
    if start == goal:
        return [start]
    parent: dict = {start: None}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for neighbour in graph.get(node, ()):
            if neighbour in parent:
                continue
            parent[neighbour] = node
            if neighbour == goal:
                return _walk_back(parent, neighbour)
            queue.append(neighbour)
    return None


def _walk_back(parent: dict, node: Hashable) -> list:
    path: list = []
    while node is not None:
        path = path + [node]
        node = parent[node]
    return path
