import random

from transit_times import DecreaseKeyQueue, travel_times


def _bellman_ford(graph, source):
    best = {source: 0.0}
    for _ in range(len(graph) + 1):
        for station, legs in graph.items():
            if station not in best:
                continue
            for neighbor, leg in legs.items():
                if best[station] + leg < best.get(neighbor, float("inf")):
                    best[neighbor] = best[station] + leg
    return best


def test_empty_queue_raises():
    queue = DecreaseKeyQueue()
    queue.push("only", 3.0)
    queue.pop()
    try:
        queue.pop()
    except KeyError:
        pass
    else:
        raise AssertionError("expected KeyError")


def test_chain_needs_several_hops():
    graph = {10: {11: 1.0}, 11: {12: 1.0}, 12: {13: 1.0}, 13: {14: 1.0}}
    assert travel_times(graph, 10) == {10: 0.0, 11: 1.0, 12: 2.0, 13: 3.0, 14: 4.0}


def test_unreachable_station_is_absent():
    graph = {1: {2: 2.0}, 2: {}, 9: {1: 1.0}}
    assert travel_times(graph, 1) == {1: 0.0, 2: 2.0}


def test_later_improvement_of_a_queued_station():
    hub, far, mid, near = 0, 1, 2, 3
    graph = {
        hub: {far: 10.0, mid: 2.0},
        mid: {near: 1.0},
        near: {far: 1.0},
    }
    assert travel_times(graph, hub) == {hub: 0.0, far: 4.0, mid: 2.0, near: 3.0}


def test_random_networks_against_bellman_ford():
    rng = random.Random(2024)
    for _ in range(150):
        stations = list(range(rng.randint(1, 9)))
        graph = {station: {} for station in stations}
        for _ in range(rng.randint(0, 25)):
            a, b = rng.choice(stations), rng.choice(stations)
            if a != b:
                graph[a][b] = float(rng.randint(1, 12))
        source = rng.choice(stations)
        assert travel_times(graph, source) == _bellman_ford(graph, source)
