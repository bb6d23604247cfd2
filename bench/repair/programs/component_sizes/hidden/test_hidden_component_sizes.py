import random

from component_sizes import Components, from_edges


def _brute_sizes(nodes, edges):
    adjacency = {node: set() for node in nodes}
    for a, b in edges:
        adjacency[a].add(b)
        adjacency[b].add(a)
    size_of = {}
    for start in nodes:
        if start in size_of:
            continue
        seen = {start}
        stack = [start]
        while stack:
            for nxt in adjacency[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        for node in seen:
            size_of[node] = len(seen)
    return size_of


def test_single_node_has_size_one():
    components = Components(["solo"])
    assert components.size_of("solo") == 1
    assert components.largest() == 1


def test_find_adds_unknown_node():
    components = Components()
    assert components.size_of("new") == 1
    assert components.count == 1


def test_sizes_after_merging_unequal_components():
    components = from_edges([(1, 2), (2, 3), (3, 4), (10, 11)])
    assert components.size_of(11) == 2
    components.union(11, 4)
    assert [components.size_of(node) for node in (1, 2, 3, 4, 10, 11)] == [6] * 6
    assert components.count == 1


def test_redundant_edge_does_not_grow_size():
    components = from_edges([("a", "b"), ("b", "c"), ("c", "a")])
    assert components.size_of("a") == 3


def test_random_against_traversal():
    rng = random.Random(99)
    for _ in range(120):
        nodes = list(range(rng.randint(1, 25)))
        edges = [(rng.choice(nodes), rng.choice(nodes)) for _ in range(rng.randint(0, 25))]
        components = Components(nodes)
        for a, b in edges:
            components.union(a, b)
        expected = _brute_sizes(nodes, edges)
        assert {node: components.size_of(node) for node in nodes} == expected
        assert components.largest() == max(expected.values())
        assert components.count == len({frozenset([n for n in nodes if components.connected(n, m)])
                                         for m in nodes})
