import random
from itertools import islice

from smooth_weighted_rr import Backend, rotation, schedule


def reference(weights, rounds):
    names = list(weights)
    current = dict.fromkeys(names, 0)
    total = sum(weights.values())
    order = []
    for _ in range(rounds):
        best = None
        for name in names:
            current[name] += weights[name]
            if best is None or current[name] > current[best]:
                best = name
        current[best] -= total
        order.append(best)
    return order


def test_two_equal_backends_alternate_starting_with_first():
    assert schedule({"x": 2, "y": 2}, 6) == ["x", "y", "x", "y", "x", "y"]


def test_matches_reference_on_random_weights():
    rng = random.Random(7)
    for _ in range(200):
        count = rng.randint(1, 5)
        weights = {f"n{i}": rng.randint(1, 4) for i in range(count)}
        rounds = rng.randint(1, 25)
        assert schedule(weights, rounds) == reference(weights, rounds)


def test_exact_counts_over_one_full_cycle():
    weights = {"p": 4, "q": 2, "r": 1}
    order = schedule(weights, 7 * 3)
    assert {name: order.count(name) for name in weights} == {"p": 12, "q": 6, "r": 3}


def test_backend_coming_back_joins_rotation():
    backends = [Backend("a", 1), Backend("b", 1, healthy=False), Backend("c", 1)]
    stream = rotation(backends)
    assert list(islice(stream, 4)) == ["a", "c", "a", "c"]
    backends[1].healthy = True
    assert sorted(islice(stream, 3)) == ["a", "b", "c"]


def test_zero_weight_never_chosen():
    assert schedule({"z": 0, "a": 1, "b": 1}, 4) == ["a", "b", "a", "b"]
