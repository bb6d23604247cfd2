"""Hop count and number of distinct shortest routes in an unweighted network."""

from collections import deque

Graph = dict[str, list[str]]


def shortest_routes(graph: Graph, source: str, target: str) -> tuple[int, int] | None:
    """(hops, number of distinct shortest paths) from source to target; None if unreachable."""
    hops = {source: 0}
    ways = {source: 1}
    queue = deque([source])
    while queue:
        node = queue.pop()
        for neighbour in graph.get(node, []):
            if neighbour not in hops:
                hops[neighbour] = hops[node] + 1
                ways[neighbour] = ways[node]
                queue.append(neighbour)
            elif hops[neighbour] == hops[node] + 1:
                ways[neighbour] += ways[node]
    if target not in hops:
        return None
    return hops[target], ways[target]


def undirected(links: list[tuple[str, str]]) -> Graph:
    """Adjacency lists for a network whose links work both ways."""
    graph: Graph = {}
    for a, b in links:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    return graph
