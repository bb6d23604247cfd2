"""Bridges (critical links) of an undirected simple graph, by Tarjan's low-link method."""

from collections.abc import Iterable

Edge = tuple[int, int]


def _adjacency(edges: Iterable[Edge]) -> dict[int, list[int]]:
    adjacency: dict[int, list[int]] = {}
    for u, v in edges:
        adjacency.setdefault(u, []).append(v)
        adjacency.setdefault(v, []).append(u)
    return adjacency


def bridges(edges: Iterable[Edge]) -> list[Edge]:
    """Edges whose removal disconnects their component, as sorted (low, high) pairs."""
    adjacency = _adjacency(edges)
    discovered: dict[int, int] = {}
    low: dict[int, int] = {}
    found: list[Edge] = []

    def visit(node: int, parent: int | None) -> None:
        discovered[node] = low[node] = len(discovered)
        for neighbour in adjacency[node]:
            if neighbour == parent:
                continue
            if neighbour in discovered:
                low[node] = min(low[node], discovered[neighbour])
                continue
            visit(neighbour, node)
            low[node] = min(low[node], discovered[neighbour])
            if low[neighbour] >= discovered[node]:
                found.append((min(node, neighbour), max(node, neighbour)))

    for start in sorted(adjacency):
        if start not in discovered:
            visit(start, None)
    return sorted(found)


def on_a_cycle(edges: Iterable[Edge]) -> set[Edge]:
    """The edges that lie on some cycle: every edge that is not a bridge."""
    edge_list = [(min(u, v), max(u, v)) for u, v in edges]
    return set(edge_list) - set(bridges(edge_list))
