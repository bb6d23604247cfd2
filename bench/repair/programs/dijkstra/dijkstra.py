"""Cheapest routes between services (Dijkstra's algorithm)."""

import heapq
from dataclasses import dataclass


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    weight: float


def shortest_distances(edges: list[Edge], start: str) -> dict[str, float]:
    """Distance from ``start`` to every reachable node."""
    adjacency: dict[str, list[Edge]] = {}
    for edge in edges:
        adjacency.setdefault(edge.source, []).append(edge)
    distances = {start: 0.0}
    heap = [(0.0, start)]
    while heap:
        distance, node = heapq.heappop(heap)
        if distance > distances[node]:
            continue
        for edge in adjacency.get(node, []):
            candidate = distance + edge.weight
            if candidate < distances.get(edge.target, float("inf")):
                distances[edge.target] = candidate
                heapq.heappush(heap, (candidate, edge.source))
    return distances
