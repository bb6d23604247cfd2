import random

import pytest

from graph_eccentricity import center, diameter, eccentricities, hop_distances, periphery, radius


def undirected(*edges):
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    return graph


def floyd(graph):
    nodes = sorted(set(graph) | {n for ns in graph.values() for n in ns})
    inf = float("inf")
    dist = {a: {b: 0 if a == b else inf for b in nodes} for a in nodes}
    for a, ns in graph.items():
        for b in ns:
            dist[a][b] = dist[b][a] = 1
    for k in nodes:
        for i in nodes:
            for j in nodes:
                if dist[i][k] + dist[k][j] < dist[i][j]:
                    dist[i][j] = dist[i][k] + dist[k][j]
    return dist


def test_random_connected_graphs():
    rng = random.Random(99)
    for _ in range(120):
        n = rng.randint(1, 9)
        names = [f"n{i}" for i in range(n)]
        edges = [(names[rng.randrange(i)], names[i]) for i in range(1, n)]
        edges += [(rng.choice(names), rng.choice(names)) for _ in range(rng.randint(0, 6))]
        edges = [(a, b) for a, b in edges if a != b]
        graph = undirected(*edges) if edges else {names[0]: []}
        dist = floyd(graph)
        for source in graph:
            assert hop_distances(graph, source) == {k: int(v) for k, v in dist[source].items()}
        expected = {node: int(max(row.values())) for node, row in dist.items()}
        assert eccentricities(graph) == expected
        assert radius(graph) == min(expected.values())
        assert diameter(graph) == max(expected.values())


def test_grid_graph():
    edges = []
    for r in range(3):
        for c in range(3):
            if c < 2:
                edges.append((f"{r}{c}", f"{r}{c + 1}"))
            if r < 2:
                edges.append((f"{r}{c}", f"{r + 1}{c}"))
    graph = undirected(*edges)
    assert center(graph) == ["11"]
    assert periphery(graph) == ["00", "02", "20", "22"]
    assert eccentricities(graph)["01"] == 3


def test_odd_cycle():
    ring = undirected(*[(str(i), str((i + 1) % 7)) for i in range(7)])
    assert set(eccentricities(ring).values()) == {3}
    assert hop_distances(ring, "0")["4"] == 3


def test_single_node_and_directed_style_input():
    assert eccentricities({"solo": []}) == {"solo": 0}
    with pytest.raises(ValueError):
        eccentricities({"a": ["b"], "c": []})
