import random

import pytest

from topo_sort import topo_order


def test_diamond():
    order = topo_order("abcd", [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")])
    assert order == ["a", "b", "c", "d"]


def test_random_dags_respect_edges():
    rng = random.Random(4)
    for _ in range(100):
        n = rng.randint(1, 12)
        nodes = list(range(n))
        rng.shuffle(nodes)
        edges = [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < 0.3]
        order = topo_order(nodes, edges)
        assert sorted(order) == list(range(n))
        where = {node: i for i, node in enumerate(order)}
        assert all(where[a] < where[b] for a, b in edges)


def test_self_loop_and_longer_cycle():
    with pytest.raises(ValueError):
        topo_order([1], [(1, 1)])
    with pytest.raises(ValueError):
        topo_order([1, 2, 3, 4], [(4, 1), (1, 2), (2, 3), (3, 1)])
