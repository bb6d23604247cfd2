import pytest

from waypoint_route import RoadMap


@pytest.fixture
def roads():
    roads = RoadMap()
    roads.add_road("A", "B", 4)
    roads.add_road("A", "C", 1)
    roads.add_road("C", "B", 2)
    roads.add_road("B", "D", 5)
    roads.add_road("X", "Y", 1)
    return roads


def test_cheapest_path_takes_the_detour(roads):
    assert roads.cheapest_path("A", "B") == (3, ["A", "C", "B"])


def test_unreachable_town(roads):
    assert roads.cheapest_path("A", "Y") is None


def test_parallel_roads_keep_the_cheapest():
    roads = RoadMap()
    roads.add_road("P", "Q", 9)
    roads.add_road("Q", "P", 2)
    assert roads.neighbours("P") == {"Q": 2}


def test_route_through_a_waypoint(roads):
    assert roads.route(["A", "B", "D"]) == (8, ["A", "C", "B", "D"])


def test_route_with_an_unreachable_stop(roads):
    assert roads.route(["A", "B", "X"]) is None
