import random

from union_find import DisjointSet


def test_groups():
    ds = DisjointSet()
    for a, b in [(1, 2), (3, 4), (2, 4), (5, 6)]:
        ds.union(a, b)
    ds.add(7)
    assert ds.groups() == [{1, 2, 3, 4}, {5, 6}, {7}]


def test_random_against_naive_labels():
    rng = random.Random(12)
    for _ in range(40):
        ds = DisjointSet()
        label = {i: i for i in range(15)}
        for _ in range(20):
            a, b = rng.randrange(15), rng.randrange(15)
            ds.union(a, b)
            la, lb = label[a], label[b]
            for k in label:
                if label[k] == lb:
                    label[k] = la
        for a in range(15):
            for b in range(15):
                assert ds.connected(a, b) == (label[a] == label[b])


def test_sizes_track_unions():
    ds = DisjointSet()
    ds.union("x", "y")
    ds.union("z", "y")
    assert ds.size[ds.find("x")] == 3
