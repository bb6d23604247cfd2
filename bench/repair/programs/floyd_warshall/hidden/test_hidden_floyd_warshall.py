import heapq
import math
import random

from floyd_warshall import AllPairs


def _dijkstra(size, edges, source):
    adjacency = {node: [] for node in range(size)}
    for u, v, w in edges:
        adjacency[u].append((v, w))
    dist = [math.inf] * size
    dist[source] = 0
    heap = [(0, source)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist[node]:
            continue
        for nxt, w in adjacency[node]:
            if d + w < dist[nxt]:
                dist[nxt] = d + w
                heapq.heappush(heap, (dist[nxt], nxt))
    return dist


def _route_cost(route, edges):
    best = {}
    for u, v, w in edges:
        best[(u, v)] = min(w, best.get((u, v), math.inf))
    return sum(best[(a, b)] for a, b in zip(route, route[1:]))


def test_parallel_edges_keep_cheapest():
    graph = AllPairs(2, [(0, 1, 9), (0, 1, 2)])
    assert graph.distance(0, 1) == 2
    assert graph.route(0, 1) == [0, 1]


def test_long_chain_with_expensive_shortcut():
    edges = [(i, i + 1, 1) for i in range(5)] + [(0, 5, 10)]
    graph = AllPairs(6, edges)
    assert graph.route(0, 5) == [0, 1, 2, 3, 4, 5]
    assert graph.route(2, 5) == [2, 3, 4, 5]
    assert graph.distance(0, 5) == 5


def test_negative_edge_without_cycle():
    graph = AllPairs(4, [(0, 1, 2), (1, 3, 2), (0, 2, 5), (2, 3, -4)])
    assert graph.distance(0, 3) == 1
    assert graph.route(0, 3) == [0, 2, 3]


def test_random_routes_are_shortest():
    rng = random.Random(2024)
    for _ in range(60):
        size = rng.randint(2, 7)
        edges = [(u, v, rng.randint(1, 9)) for u in range(size) for v in range(size)
                 if u != v and rng.random() < 0.4]
        graph = AllPairs(size, edges)
        for source in range(size):
            expected = _dijkstra(size, edges, source)
            for target in range(size):
                assert graph.distance(source, target) == expected[target]
                route = graph.route(source, target)
                if expected[target] == math.inf:
                    assert route == []
                else:
                    assert route[0] == source and route[-1] == target
                    assert _route_cost(route, edges) == expected[target]
