import pytest

from bellman_ford_paths import INF, NegativeCycleError, path_to, route, shortest_paths


def test_reverse_ordered_chain_of_six():
    nodes = list(range(6))
    edges = [(i, i + 1, -1) for i in reversed(range(5))]
    dist, pred = shortest_paths(nodes, edges, 0)
    assert dist == {0: 0, 1: -1, 2: -2, 3: -3, 4: -4, 5: -5}
    assert path_to(pred, 0, 5) == [0, 1, 2, 3, 4, 5]


def test_two_node_graph():
    assert route(["p", "q"], [("p", "q", -3)], "p", "q") == (-3, ["p", "q"])


def test_three_nodes_reverse_order():
    edges = [("b", "c", 2), ("a", "b", 2), ("a", "c", 10)]
    assert route("abc", edges, "a", "c") == (4, ["a", "b", "c"])


def test_negative_cycle_still_detected_in_long_graph():
    edges = [(4, 5, 1), (3, 4, 1), (2, 3, 1), (1, 2, 1), (0, 1, 1), (5, 3, -4)]
    with pytest.raises(NegativeCycleError):
        shortest_paths(range(6), edges, 0)


def test_negative_cycle_not_reachable_is_ignored():
    edges = [(0, 1, 2), (2, 3, -5), (3, 2, 1)]
    dist, _ = shortest_paths(range(4), edges, 0)
    assert dist == {0: 0, 1: 2, 2: INF, 3: INF}


def test_single_node():
    dist, pred = shortest_paths(["only"], [], "only")
    assert dist == {"only": 0}
    assert path_to(pred, "only", "only") == ["only"]


def test_zero_cycle_is_not_negative():
    edges = [(0, 1, 1), (1, 2, -1), (2, 1, 1), (2, 3, 1)]
    cost, path = route(range(4), edges, 0, 3)
    assert (cost, path) == (1, [0, 1, 2, 3])
