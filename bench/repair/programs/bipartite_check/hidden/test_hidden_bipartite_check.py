import itertools
import random

from bipartite_check import is_bipartite, partition, two_colouring


def _brute_bipartite(n, edges):
    return any(all(colours[u] != colours[v] for u, v in edges)
               for colours in itertools.product((0, 1), repeat=n))


def test_star():
    assert two_colouring(5, [(0, 1), (0, 2), (0, 3), (0, 4)]) == [0, 1, 1, 1, 1]


def test_odd_cycle_in_second_component():
    edges = [(0, 1), (2, 3), (3, 4), (4, 5), (5, 6), (6, 2)]
    assert not is_bipartite(7, edges)


def test_components_coloured_from_their_lowest_node():
    edges = [(3, 2), (4, 3), (1, 0)]
    assert two_colouring(5, edges) == [0, 1, 0, 1, 0]
    assert partition(5, edges) == ([0, 2, 4], [1, 3])


def test_self_loop():
    assert two_colouring(2, [(1, 1)]) is None


def test_random_graphs_against_brute_force():
    rng = random.Random(11)
    for _ in range(150):
        n = rng.randint(1, 7)
        edges = [pair for pair in itertools.combinations(range(n), 2) if rng.random() < 0.35]
        colours = two_colouring(n, edges)
        assert (colours is not None) == _brute_bipartite(n, edges)
        if colours is not None:
            assert all(colours[u] != colours[v] for u, v in edges)
