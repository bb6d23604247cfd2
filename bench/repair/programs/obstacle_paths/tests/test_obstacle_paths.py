import pytest

from obstacle_paths import cheapest_crossing, count_routes, count_routes_in_map, parse_grid


def test_open_floor():
    assert count_routes(["...", "...", "..."]) == 6


def test_single_corridor():
    assert count_routes(["....."]) == 1
    assert count_routes([".", ".", "."]) == 1


def test_shelf_in_the_middle():
    assert count_routes_in_map("""
        ...
        .#.
        ...
    """) == 2


def test_blocked_entrance():
    assert count_routes(["#..", "...", "..."]) == 0


def test_ragged_map_rejected():
    with pytest.raises(ValueError):
        parse_grid("...\n..\n")


def test_cheapest_crossing():
    assert cheapest_crossing([[1, 3, 1], [1, 5, 1], [4, 2, 1]]) == 7
