"""Counting the distinct paths between two nodes of a directed acyclic graph."""

from collections import defaultdict, deque
from collections.abc import Iterable, Iterator

Edge = tuple[str, str]


def topological_order(edges: Iterable[Edge]) -> Iterator[str]:
    """Kahn's algorithm, smallest ready name first; raises ValueError on a cycle."""
    successors: dict[str, list[str]] = defaultdict(list)
    indegree: dict[str, int] = {}
    for src, dst in edges:
        successors[src].append(dst)
        indegree.setdefault(src, 0)
        indegree[dst] = indegree.get(dst, 0) + 1
    ready = deque(sorted(node for node, degree in indegree.items() if degree == 0))
    emitted = 0
    while ready:
        node = ready.popleft()
        emitted += 1
        yield node
        for nxt in sorted(successors[node]):
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                ready.append(nxt)
    if emitted != len(indegree):
        raise ValueError("graph has a cycle")


def count_paths(edges: Iterable[Edge], source: str, target: str) -> int:
    """Number of distinct source->target paths; parallel edges give distinct paths."""
    edge_list = list(edges)
    successors: dict[str, list[str]] = defaultdict(list)
    for src, dst in edge_list:
        successors[src].append(dst)
    ways: dict[str, int] = defaultdict(int)
    ways[source] = 1
    for node in topological_order(edge_list):
        for nxt in successors[node]:
            ways[nxt] = ways[node]
    return ways[target]


def grid_edges(rows: int, cols: int) -> list[Edge]:
    """Edges of a rows x cols lattice where each step goes right or down."""
    edges = []
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols:
                edges.append((f"{r},{c}", f"{r},{c + 1}"))
            if r + 1 < rows:
                edges.append((f"{r},{c}", f"{r + 1},{c}"))
    return edges
