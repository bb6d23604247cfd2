import itertools
import random

from spanning_tree import WeightedGraph


def _root(parent, x):
    while parent[x] != x:
        x = parent[x]
    return x


def _brute_mst_weight(n, edges):
    best = None
    for subset in itertools.combinations(edges, n - 1):
        parent = list(range(n))
        ok = True
        for u, v, _ in subset:
            ru, rv = _root(parent, u), _root(parent, v)
            if ru == rv:
                ok = False
                break
            parent[ru] = rv
        if ok:
            weight = sum(w for _, _, w in subset)
            best = weight if best is None else min(best, weight)
    return best


def test_single_node_has_no_edges():
    assert WeightedGraph(1).spanning_tree() == []
    assert WeightedGraph(1).total_weight() == 0


def test_other_root():
    graph = WeightedGraph(3)
    graph.add_edge(0, 1, 5.0)
    graph.add_edge(1, 2, 1.0)
    assert graph.spanning_tree(root=2) == [(2, 1, 1.0), (1, 0, 5.0)]


def test_random_graphs():
    rng = random.Random(5)
    for _ in range(60):
        n = rng.randint(2, 6)
        edges = [(i, rng.randrange(i), float(rng.randint(1, 9))) for i in range(1, n)]
        for u, v in itertools.combinations(range(n), 2):
            if rng.random() < 0.4:
                edges.append((u, v, float(rng.randint(1, 9))))
        graph = WeightedGraph(n)
        for u, v, w in edges:
            graph.add_edge(u, v, w)
        root = rng.randrange(n)
        tree = graph.spanning_tree(root)
        assert len(tree) == n - 1
        assert {child for _, child, _ in tree} == set(range(n)) - {root}
        assert all(child != parent for parent, child, _ in tree)
        assert sum(w for _, _, w in tree) == _brute_mst_weight(n, edges)
