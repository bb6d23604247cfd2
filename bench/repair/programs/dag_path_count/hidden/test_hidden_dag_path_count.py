import random
from math import comb

from dag_path_count import count_paths, grid_edges


def _brute(edges, source, target):
    succ = {}
    for src, dst in edges:
        succ.setdefault(src, []).append(dst)

    def walk(node):
        if node == target:
            return 1
        return sum(walk(nxt) for nxt in succ.get(node, []))

    return walk(source)


def test_random_dags_against_brute_force():
    rng = random.Random(7)
    for _ in range(200):
        size = rng.randint(2, 8)
        names = [f"n{i}" for i in range(size)]
        edges = [(names[i], names[j]) for i in range(size) for j in range(i + 1, size)
                 if rng.random() < 0.45]
        if not edges:
            continue
        rng.shuffle(edges)
        source, target = names[0], names[-1]
        assert count_paths(edges, source, target) == _brute(edges, source, target)


def test_parallel_edges_are_distinct_paths():
    assert count_paths([("a", "b"), ("a", "b"), ("b", "c")], "a", "c") == 2


def test_lattice_is_binomial():
    for rows, cols in [(2, 5), (4, 4), (6, 3), (10, 10)]:
        expected = comb(rows + cols - 2, rows - 1)
        assert count_paths(grid_edges(rows, cols), "0,0", f"{rows - 1},{cols - 1}") == expected


def test_chain_of_diamonds_doubles():
    edges = []
    for k in range(25):
        edges += [(f"j{k}", f"u{k}"), (f"j{k}", f"d{k}"), (f"u{k}", f"j{k + 1}"),
                  (f"d{k}", f"j{k + 1}")]
    assert count_paths(edges, "j0", "j25") == 2**25


def test_unrelated_predecessor_does_not_erase_count():
    edges = [("a", "b"), ("b", "z"), ("a", "z"), ("q", "z")]
    assert count_paths(edges, "a", "z") == 2


def test_path_from_middle_node():
    edges = [("a", "b"), ("b", "c"), ("b", "d"), ("c", "e"), ("d", "e"), ("a", "e")]
    assert count_paths(edges, "b", "e") == 2
    assert count_paths(edges, "a", "e") == 3
