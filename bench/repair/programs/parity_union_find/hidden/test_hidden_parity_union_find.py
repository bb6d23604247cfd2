import itertools
import random

from parity_union_find import ParityDSU, two_sides


def colourable(n, edges):
    return any(all(c[a] != c[b] for a, b in edges) for c in itertools.product((0, 1), repeat=n))


def test_two_sides_matches_brute_force():
    rng = random.Random(2024)
    for _ in range(600):
        n = rng.randint(1, 7)
        edges = [(rng.randrange(n), rng.randrange(n)) for _ in range(rng.randint(0, 9))]
        sides = two_sides(n, edges)
        if sides is None:
            assert not colourable(n, edges)
        else:
            assert all(sides[a] != sides[b] for a, b in edges)


def test_relations_match_reference_model():
    rng = random.Random(7)
    for _ in range(200):
        n = 8
        colour = [rng.randint(0, 1) for _ in range(n)]
        dsu = ParityDSU(n)
        for _ in range(12):
            a, b = rng.randrange(n), rng.randrange(n)
            assert dsu.union(a, b, different=colour[a] != colour[b])
        for a in range(n):
            for b in range(n):
                rel = dsu.relation(a, b)
                if rel is not None:
                    assert rel == ("different" if colour[a] != colour[b] else "same")


def test_same_constraint_between_groups():
    dsu = ParityDSU(6)
    dsu.union(0, 1, different=True)
    dsu.union(2, 3, different=True)
    dsu.union(4, 5, different=False)
    assert dsu.union(1, 3, different=False)
    assert dsu.union(5, 2, different=True)
    assert dsu.relation(0, 2) == "same"
    assert dsu.relation(4, 3) == "same"
    assert dsu.relation(4, 0) == "different"
    assert not dsu.union(0, 3, different=False)
    assert dsu.union(0, 3, different=True)


def test_rejected_union_changes_nothing():
    dsu = ParityDSU(3)
    dsu.union(0, 1, different=False)
    dsu.union(1, 2, different=True)
    assert not dsu.union(0, 2, different=False)
    assert dsu.relation(0, 2) == "different"
    assert dsu.relation(0, 1) == "same"
