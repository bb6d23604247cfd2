import itertools
import random

from bridge_edges import bridges, on_a_cycle


def component_count(nodes, edges):
    parent = {node: node for node in nodes}

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for u, v in edges:
        parent[find(u)] = find(v)
    return len({find(node) for node in nodes})


def brute_bridges(nodes, edges):
    base = component_count(nodes, edges)
    result = []
    for edge in edges:
        rest = [e for e in edges if e != edge]
        if component_count(nodes, rest) > base:
            result.append(edge)
    return sorted(result)


def test_random_graphs_against_brute_force():
    rng = random.Random(17)
    for _ in range(300):
        n = rng.randint(2, 9)
        pairs = list(itertools.combinations(range(n), 2))
        edges = rng.sample(pairs, rng.randint(1, min(len(pairs), 12)))
        nodes = {x for e in edges for x in e}
        shuffled = [(v, u) if rng.random() < 0.5 else (u, v) for u, v in edges]
        assert bridges(shuffled) == brute_bridges(nodes, edges), edges


def test_square_with_tail():
    assert bridges([(10, 11), (11, 12), (12, 13), (13, 10), (13, 20), (20, 21)]) == [
        (13, 20), (20, 21)]


def test_cycle_through_articulation_point():
    edges = [(0, 1), (1, 2), (2, 0), (0, 3), (3, 4), (4, 0)]
    assert bridges(edges) == []
    assert on_a_cycle(edges) == {(0, 1), (1, 2), (0, 2), (0, 3), (3, 4), (0, 4)}


def test_disconnected_components():
    edges = [(0, 1), (5, 6), (6, 7), (7, 5), (8, 9), (9, 10)]
    assert bridges(edges) == [(0, 1), (8, 9), (9, 10)]


def test_long_cycle():
    edges = [(i, (i + 1) % 60) for i in range(60)]
    assert bridges(edges) == []
    assert bridges(edges[:-1]) == sorted((min(u, v), max(u, v)) for u, v in edges[:-1])
