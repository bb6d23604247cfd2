from dijkstra import Edge, shortest_distances


def test_start_only():
    assert shortest_distances([], "a") == {"a": 0.0}


def test_direct_neighbours():
    edges = [Edge("gateway", "auth", 2), Edge("gateway", "search", 5)]
    assert shortest_distances(edges, "gateway") == {"gateway": 0, "auth": 2, "search": 5}


def test_route_through_intermediate_service():
    edges = [Edge("a", "b", 1), Edge("b", "c", 1), Edge("a", "c", 5)]
    assert shortest_distances(edges, "a")["c"] == 2
