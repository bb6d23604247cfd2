import random

from disjoint_set_sizes import DisjointSet


def components(n, edges):
    label = list(range(n))
    for a, b in edges:
        la, lb = label[a], label[b]
        if la != lb:
            label = [la if x == lb else x for x in label]
    return label


def test_redundant_union_keeps_count():
    ds = DisjointSet(range(5))
    ds.union(0, 1)
    ds.union(1, 2)
    assert ds.union(0, 2) is False
    assert ds.union(2, 1) is False
    assert ds.count == 3
    assert ds.size_of(0) == 3


def test_union_with_non_root_second_argument():
    ds = DisjointSet(range(6))
    ds.union(0, 1)
    ds.union(0, 2)
    ds.union(3, 4)
    assert ds.union(3, 1) is True
    assert ds.connected(0, 4)
    assert ds.size_of(2) == 5
    assert ds.count == 2


def test_random_against_labelling():
    rng = random.Random(11)
    for _ in range(150):
        n = rng.randint(1, 12)
        edges = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 15))]
        ds = DisjointSet(range(n))
        merges = 0
        for a, b in edges:
            merges += ds.union(a, b)
        label = components(n, edges)
        assert ds.count == len(set(label)) == n - merges
        for x in range(n):
            assert ds.size_of(x) == label.count(label[x])
            for y in range(n):
                assert ds.connected(x, y) == (label[x] == label[y])
