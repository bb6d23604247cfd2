"""Eccentricity, radius, diameter, center and periphery of a connected, unweighted,
undirected graph (e.g. the hop distances between services in a small network)."""

from collections import deque
from collections.abc import Mapping, Sequence

Graph = Mapping[str, Sequence[str]]


def hop_distances(graph: Graph, source: str) -> dict[str, int]:
    """Breadth-first search: fewest hops from source to every reachable node."""
    distance = {source: 0}
    queue = deque([source])
    while queue:
        node = queue.pop()
        for neighbour in graph.get(node, ()):
            if neighbour not in distance:
                distance[neighbour] = distance[node] + 1
                queue.append(neighbour)
    return distance


def eccentricities(graph: Graph) -> dict[str, int]:
    """Greatest hop distance from each node to any other; the graph must be connected."""
    nodes = set(graph)
    for neighbours in graph.values():
        nodes.update(neighbours)
    result = {}
    for node in sorted(nodes):
        distance = hop_distances(graph, node)
        if len(distance) != len(nodes):
            missing = sorted(nodes - distance.keys())
            raise ValueError(f"graph is not connected: {node} cannot reach {missing[0]}")
        result[node] = max(distance.values())
    return result


def radius(graph: Graph) -> int:
    return min(eccentricities(graph).values())


def diameter(graph: Graph) -> int:
    return max(eccentricities(graph).values())


def center(graph: Graph) -> list[str]:
    """Nodes of least eccentricity, sorted."""
    ecc = eccentricities(graph)
    best = min(ecc.values())
    return [node for node, value in ecc.items() if value == best]


def periphery(graph: Graph) -> list[str]:
    """Nodes of greatest eccentricity, sorted."""
    ecc = eccentricities(graph)
    worst = max(ecc.values())
    return [node for node, value in ecc.items() if value == worst]
