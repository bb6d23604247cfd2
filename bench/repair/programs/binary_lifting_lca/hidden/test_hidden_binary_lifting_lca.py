import random

from binary_lifting_lca import AncestorTable


def naive_path(parent, v):
    path = [v]
    while parent[v] != -1:
        v = parent[v]
        path.append(v)
    return path


def naive_lca(parent, a, b):
    above_a = set(naive_path(parent, a))
    for v in naive_path(parent, b):
        if v in above_a:
            return v
    raise AssertionError


def random_tree(rng, n):
    labels = list(range(n))
    rng.shuffle(labels)
    parent = [-1] * n
    for i in range(1, n):
        parent[labels[i]] = labels[rng.randrange(i)]
    return parent


def test_single_node():
    table = AncestorTable([-1])
    assert table.kth_ancestor(0, 0) == 0
    assert table.kth_ancestor(0, 1) is None
    assert table.lca(0, 0) == 0
    assert table.distance(0, 0) == 0


def test_root_is_reachable_as_kth_ancestor():
    parent = [1, 2, 3, -1]  # a chain 0 -> 1 -> 2 -> 3 (root)
    table = AncestorTable(parent)
    assert table.kth_ancestor(0, 3) == 3
    assert table.kth_ancestor(3, 0) == 3
    assert table.kth_ancestor(1, 2) == 3
    assert table.kth_ancestor(0, 4) is None
    assert table.kth_ancestor(0, -1) is None


def test_lca_with_root_and_self():
    parent = [-1, 0, 0, 1, 1, 2, 3]
    table = AncestorTable(parent)
    for v in range(len(parent)):
        assert table.lca(v, 0) == 0
        assert table.lca(0, v) == 0
        assert table.lca(v, v) == v


def test_long_chain_distances():
    n = 100
    parent = [-1] + list(range(n - 1))
    table = AncestorTable(parent)
    assert table.kth_ancestor(99, 99) == 0
    assert table.kth_ancestor(99, 64) == 35
    assert table.lca(99, 37) == 37
    assert table.distance(99, 0) == 99


def test_random_trees_against_naive():
    rng = random.Random(27)
    for _ in range(40):
        n = rng.randint(2, 60)
        parent = random_tree(rng, n)
        table = AncestorTable(parent)
        for v in range(n):
            path = naive_path(parent, v)
            for k in range(len(path) + 1):
                expected = path[k] if k < len(path) else None
                assert table.kth_ancestor(v, k) == expected
        for _ in range(60):
            a, b = rng.randrange(n), rng.randrange(n)
            expected = naive_lca(parent, a, b)
            assert table.lca(a, b) == expected
            depth = lambda v: len(naive_path(parent, v)) - 1
            assert table.distance(a, b) == depth(a) + depth(b) - 2 * depth(expected)


def test_cycle_rejected():
    import pytest

    with pytest.raises(ValueError):
        AncestorTable([-1, 2, 1])
