import math

from floyd_warshall import AllPairs


def test_distances_use_cheaper_detour():
    graph = AllPairs(3, [(0, 1, 4), (0, 2, 1), (2, 1, 2)])
    assert graph.distance(0, 1) == 3
    assert graph.distance(1, 0) == math.inf


def test_route_to_self():
    assert AllPairs(2, [(0, 1, 1)]).route(1, 1) == [1]


def test_direct_route():
    assert AllPairs(2, [(0, 1, 5)]).route(0, 1) == [0, 1]


def test_route_through_middle():
    graph = AllPairs(4, [(0, 1, 1), (1, 2, 1), (2, 3, 1)])
    assert graph.route(0, 3) == [0, 1, 2, 3]


def test_route_prefers_detour():
    graph = AllPairs(3, [(0, 1, 4), (0, 2, 1), (2, 1, 2)])
    assert graph.route(0, 1) == [0, 2, 1]


def test_unreachable_route_is_empty():
    assert AllPairs(3, [(0, 1, 1)]).route(1, 0) == []


def test_negative_cycle_detected():
    assert AllPairs(3, [(0, 1, 1), (1, 2, -3), (2, 0, 1)]).has_negative_cycle()
    assert not AllPairs(3, [(0, 1, 1), (1, 2, -3)]).has_negative_cycle()
