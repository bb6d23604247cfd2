import pytest

from graph_eccentricity import center, diameter, eccentricities, hop_distances, periphery, radius


def undirected(*edges):
    graph = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
        graph.setdefault(b, []).append(a)
    return graph


PATH = undirected(("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"))


def test_path_graph():
    assert eccentricities(PATH) == {"a": 4, "b": 3, "c": 2, "d": 3, "e": 4}
    assert (radius(PATH), diameter(PATH)) == (2, 4)
    assert center(PATH) == ["c"]
    assert periphery(PATH) == ["a", "e"]


def test_hop_distances_in_a_ring():
    ring = undirected(("a", "b"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "f"), ("f", "a"))
    assert hop_distances(ring, "a") == {"a": 0, "b": 1, "f": 1, "c": 2, "e": 2, "d": 3}


def test_gateway_is_the_center():
    graph = undirected(("gw", "db"), ("gw", "api"), ("gw", "cache"), ("api", "cache"),
                       ("db", "replica"), ("api", "web"))
    assert center(graph) == ["gw"]
    assert radius(graph) == 2
    assert diameter(graph) == 4


def test_disconnected_graph_rejected():
    with pytest.raises(ValueError, match="not connected"):
        eccentricities(undirected(("a", "b"), ("c", "d")))
