import itertools
import random

import pytest

from named_topo_order import CycleError, build_order, parse_edges


def smallest_valid_order(nodes, edges):
    for perm in itertools.permutations(sorted(nodes)):
        position = {n: i for i, n in enumerate(perm)}
        if all(position[a] < position[b] for a, b in edges):
            return list(perm)
    return None


def test_random_dags_match_smallest_order():
    rng = random.Random(5)
    names = ["ant", "bee", "cat", "dog", "eel", "fox"]
    for _ in range(150):
        nodes = rng.sample(names, rng.randint(1, 6))
        ranked = rng.sample(nodes, len(nodes))
        edges = [(ranked[i], ranked[j]) for i in range(len(ranked))
                 for j in range(i + 1, len(ranked)) if rng.random() < 0.35]
        rng.shuffle(edges)
        assert build_order(rng.sample(nodes, len(nodes)), edges) == smallest_valid_order(nodes, edges)


def test_order_does_not_depend_on_input_order():
    edges = [("z", "m"), ("a", "m"), ("m", "b")]
    assert build_order(["q", "c"], edges) == build_order(["c", "q"], list(reversed(edges)))
    assert build_order(["q", "c"], edges) == ["a", "c", "q", "z", "m", "b"]


def test_duplicate_edges():
    assert build_order([], [("x", "y"), ("x", "y"), ("w", "y")]) == ["w", "x", "y"]


def test_stuck_steps_reported():
    with pytest.raises(CycleError) as info:
        build_order(["start"], [("start", "p"), ("p", "q"), ("q", "p"), ("q", "r")])
    assert info.value.stuck == ["p", "q", "r"]


def test_late_step_waits_for_all_prerequisites():
    edges = parse_edges(["b -> z", "c -> z", "a -> c"])
    assert build_order([], edges) == ["a", "b", "c", "z"]
