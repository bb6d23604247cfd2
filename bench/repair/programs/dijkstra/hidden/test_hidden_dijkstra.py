import random

from dijkstra import Edge, shortest_distances


def _bellman_ford(edges, start, nodes):
    dist = {start: 0.0}
    for _ in range(len(nodes)):
        for e in edges:
            if e.source in dist and dist[e.source] + e.weight < dist.get(e.target, float("inf")):
                dist[e.target] = dist[e.source] + e.weight
    return dist


def test_chain():
    edges = [Edge(str(i), str(i + 1), 1) for i in range(6)]
    assert shortest_distances(edges, "0")["6"] == 6


def test_directed_edges_only():
    edges = [Edge("b", "a", 1)]
    assert shortest_distances(edges, "a") == {"a": 0.0}


def test_random_graphs():
    rng = random.Random(2)
    for _ in range(80):
        nodes = [str(i) for i in range(8)]
        edges = [Edge(rng.choice(nodes), rng.choice(nodes), rng.randint(1, 9)) for _ in range(14)]
        assert shortest_distances(edges, "0") == _bellman_ford(edges, "0", nodes)
