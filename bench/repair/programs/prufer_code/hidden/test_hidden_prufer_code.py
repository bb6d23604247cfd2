import itertools
import random

from prufer_code import decode, encode


def random_tree(rng, n):
    return [(rng.randrange(i), i) for i in range(1, n)]


def test_random_round_trips():
    rng = random.Random(2024)
    for _ in range(300):
        n = rng.randint(2, 12)
        labels = list(range(n))
        rng.shuffle(labels)
        edges = [(labels[a], labels[b]) for a, b in random_tree(rng, n)]
        code = encode(n, edges)
        assert len(code) == n - 2
        assert sorted(decode(code)) == sorted(tuple(sorted(e)) for e in edges)


def test_every_code_is_a_distinct_tree():
    n = 5
    seen = set()
    for code in itertools.product(range(n), repeat=n - 2):
        edges = decode(list(code))
        assert len(edges) == n - 1
        assert encode(n, edges) == list(code)
        seen.add(frozenset(edges))
    assert len(seen) == n ** (n - 2)


def test_two_and_three_nodes():
    assert encode(2, [(1, 0)]) == []
    assert decode([]) == [(0, 1)]
    assert encode(3, [(0, 2), (2, 1)]) == [2]
    assert decode([2]) == [(0, 2), (1, 2)]


def test_degree_shows_in_code():
    edges = [(4, 0), (4, 1), (4, 2), (4, 3), (3, 5), (5, 6)]
    code = encode(7, edges)
    assert code == [4, 4, 4, 3, 5]
    assert code.count(4) == 4 - 1


def test_decode_edge_order():
    assert decode([3, 3, 0]) == [(1, 3), (2, 3), (0, 3), (0, 4)]
