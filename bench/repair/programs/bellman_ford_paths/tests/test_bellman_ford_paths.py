import pytest

from bellman_ford_paths import INF, NegativeCycleError, path_to, route, shortest_paths


def test_positive_weights():
    edges = [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5)]
    dist, _ = shortest_paths("abcd", edges, "a")
    assert dist == {"a": 0, "b": 3, "c": 1, "d": 8}


def test_negative_edge_without_cycle():
    edges = [("s", "x", 5), ("s", "y", 2), ("y", "x", -4), ("x", "t", 1)]
    assert route(["s", "x", "y", "t"], edges, "s", "t") == (-1, ["s", "y", "x", "t"])


def test_unreachable_node():
    dist, pred = shortest_paths([1, 2, 3], [(1, 2, 7)], 1)
    assert dist[3] == INF
    assert path_to(pred, 1, 3) == []


def test_negative_cycle_is_reported():
    edges = [(0, 1, 1), (1, 2, -2), (2, 1, 1), (2, 3, 4)]
    with pytest.raises(NegativeCycleError):
        shortest_paths(range(4), edges, 0)


def test_depot_network():
    # Edges as exported from the depot planner, grouped by destination depot.
    edges = [
        ("D", "E", 2),
        ("C", "D", -1),
        ("B", "C", 3),
        ("A", "B", 1),
        ("A", "E", 9),
    ]
    cost, path = route("ABCDE", edges, "A", "E")
    assert cost == 5
    assert path == ["A", "B", "C", "D", "E"]
