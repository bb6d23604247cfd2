import itertools
import random

from fare_routes import build_network, cheapest_route


def _brute_cost(names, legs, start, goal):
    cost = {n: float("inf") for n in names}
    cost[start] = 0
    for _ in range(len(names)):
        for a, b, fare in legs:
            cost[b] = min(cost[b], cost[a] + fare)
    return cost[goal]


def test_start_is_goal():
    network = build_network([("A", "B", 1)])
    assert cheapest_route(network, "A", "A") == (0, ["A"])


def test_all_free_legs():
    network = build_network([("a", "b", 0), ("b", "c", 0), ("c", "a", 0)])
    assert cheapest_route(network, "a", "c") == (0, ["a", "b", "c"])


def test_long_chain_beats_direct_leg():
    legs = [(f"s{i}", f"s{i + 1}", 1) for i in range(6)] + [("s0", "s6", 10)]
    assert cheapest_route(build_network(legs), "s0", "s6") == (6, [f"s{i}" for i in range(7)])


def test_random_networks_against_brute_force():
    rng = random.Random(99)
    for _ in range(150):
        names = [f"n{i}" for i in range(rng.randint(2, 7))]
        legs = [(a, b, rng.randint(0, 6)) for a, b in itertools.permutations(names, 2)
                if rng.random() < 0.35]
        network = build_network(legs)
        for node in names:
            network.setdefault(node, [])
        start, goal = rng.sample(names, 2)
        expected = _brute_cost(names, legs, start, goal)
        result = cheapest_route(network, start, goal)
        if expected == float("inf"):
            assert result is None
            continue
        cost, path = result
        assert cost == expected
        assert path[0] == start and path[-1] == goal
        fares = {(a, b): f for a, b, f in legs}
        assert sum(fares[hop] for hop in zip(path, path[1:])) == cost
