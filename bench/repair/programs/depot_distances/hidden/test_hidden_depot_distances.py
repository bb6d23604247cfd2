import itertools
import random

from depot_distances import distances, nearest, within


def _floyd(roads, towns):
    inf = float("inf")
    dist = {(a, b): (0 if a == b else inf) for a in towns for b in towns}
    for a, edges in roads.items():
        for b, length in edges.items():
            dist[a, b] = min(dist[a, b], length)
    for k, i, j in itertools.product(towns, repeat=3):
        if dist[i, k] + dist[k, j] < dist[i, j]:
            dist[i, j] = dist[i, k] + dist[k, j]
    return dist


def test_relaxed_twice():
    roads = {
        "north": {"east": 10, "west": 1},
        "west": {"south": 1, "east": 5},
        "south": {"east": 1},
    }
    assert distances(roads, "north") == {"north": 0, "west": 1, "south": 2, "east": 3}
    assert nearest(roads, "north", 10) == ["north", "west", "south", "east"]


def test_short_and_long_names_mixed():
    roads = {"ab": {"a": 5, "b": 1}, "b": {"a": 1}}
    assert distances(roads, "ab") == {"ab": 0, "b": 1, "a": 2}


def test_within_stops_at_limit():
    roads = {"hub": {"x1": 3, "x2": 3, "x3": 7}, "x1": {"x3": 1}}
    assert within(roads, "hub", 3) == ["hub", "x1", "x2"]
    assert within(roads, "hub", 4) == ["hub", "x1", "x2", "x3"]


def test_random_graphs_against_floyd_warshall():
    rng = random.Random(31)
    for _ in range(120):
        towns = [f"town{i}" for i in range(rng.randint(1, 7))]
        roads = {t: {} for t in towns}
        for a, b in itertools.permutations(towns, 2):
            if rng.random() < 0.4:
                roads[a][b] = rng.randint(1, 9)
        depot = towns[0]
        truth = _floyd(roads, towns)
        expected = {t: truth[depot, t] for t in towns if truth[depot, t] != float("inf")}
        assert distances(roads, depot) == expected
        order = nearest(roads, depot, len(towns) + 3)
        assert sorted(order) == sorted(expected)
        assert [expected[t] for t in order] == sorted(expected.values())
