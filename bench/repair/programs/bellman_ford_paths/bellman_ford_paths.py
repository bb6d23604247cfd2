"""Single-source shortest paths that tolerate negative edge weights (Bellman-Ford)."""

INF = float("inf")


class NegativeCycleError(ValueError):
    """Raised when a negative cycle can be reached from the source."""


def shortest_paths(nodes, edges, source):
    """Return (dist, pred) dictionaries covering every node in ``nodes``.

    ``edges`` holds directed (u, v, weight) triples. Unreachable nodes keep
    distance INF and predecessor None.
    """
    nodes = list(nodes)
    edges = list(edges)
    dist = {node: INF for node in nodes}
    pred = {node: None for node in nodes}
    dist[source] = 0
    for _ in range(1, len(nodes) - 1):
        changed = False
        for u, v, weight in edges:
            if dist[u] + weight < dist[v]:
                dist[v] = dist[u] + weight
                pred[v] = u
                changed = True
        if not changed:
            break
    for u, v, weight in edges:
        if dist[u] + weight < dist[v]:
            raise NegativeCycleError(f"negative cycle through {u} -> {v}")
    return dist, pred


def path_to(pred, source, target):
    """Rebuild the node list from ``source`` to ``target``; [] if unreachable."""
    path = []
    node = target
    while node is not None:
        path.append(node)
        if node == source:
            return path[::-1]
        node = pred[node]
    return []


def route(nodes, edges, source, target):
    """Return (cost, path) of a cheapest route, or (INF, []) when there is none."""
    dist, pred = shortest_paths(nodes, edges, source)
    return dist[target], path_to(pred, source, target)
