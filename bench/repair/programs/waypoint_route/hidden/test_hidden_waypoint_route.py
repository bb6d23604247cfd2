import random

import pytest

from waypoint_route import RoadMap


@pytest.fixture
def ring_road():
    roads = RoadMap()
    for a, b, cost in [("N", "E", 2), ("E", "S", 3), ("S", "W", 2), ("W", "N", 2), ("N", "S", 3)]:
        roads.add_road(a, b, cost)
    return roads


def test_route_there_and_back(ring_road):
    assert ring_road.route(["N", "S", "N"]) == (6, ["N", "S", "N"])


def test_route_of_one_and_no_stops(ring_road):
    assert ring_road.route(["E"]) == (0, ["E"])
    assert ring_road.route([]) == (0, [])


def test_route_joins_multi_hop_legs(ring_road):
    assert ring_road.route(["E", "W", "E"]) == (8, ["E", "N", "W", "N", "E"])


def test_repeated_stop(ring_road):
    assert ring_road.route(["N", "N", "E"]) == (2, ["N", "E"])


def test_random_routes_are_connected_and_priced():
    rng = random.Random(21)
    towns = [f"t{i}" for i in range(7)]
    for _ in range(40):
        roads = RoadMap()
        costs = {}
        for _ in range(12):
            a, b = rng.sample(towns, 2)
            cost = rng.randint(1, 9)
            roads.add_road(a, b, cost)
            key = frozenset((a, b))
            costs[key] = min(cost, costs.get(key, cost))
        stops = [rng.choice(towns) for _ in range(rng.randint(2, 4))]
        result = roads.route(stops)
        legs = [roads.cheapest_path(a, b) for a, b in zip(stops, stops[1:])]
        if any(leg is None for leg in legs):
            assert result is None
            continue
        total, path = result
        assert total == sum(leg[0] for leg in legs)
        assert path[0] == stops[0] and path[-1] == stops[-1]
        assert sum(costs[frozenset(pair)] for pair in zip(path, path[1:])) == total
        position = 0
        for stop in stops:
            position = path.index(stop, position)
