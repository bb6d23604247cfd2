import random

from cut_vertices import articulation_points, is_biconnected


def _components(n, edges, removed=None):
    adjacency = {v: set() for v in range(n) if v != removed}
    for u, v in edges:
        if removed not in (u, v) and u != v:
            adjacency[u].add(v)
            adjacency[v].add(u)
    seen, count = set(), 0
    for start in adjacency:
        if start in seen:
            continue
        count += 1
        stack = [start]
        seen.add(start)
        while stack:
            for nxt in adjacency[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
    return count


def _brute(n, edges):
    base = _components(n, edges)
    result = set()
    for v in range(n):
        isolated = not any(v in edge for edge in edges if edge[0] != edge[1])
        if not isolated and _components(n, edges, removed=v) > base:
            result.add(v)
    return result


def test_star_center_not_first():
    assert articulation_points(5, [(3, 0), (3, 1), (3, 2), (3, 4)]) == {3}


def test_tree_internal_vertices():
    edges = [(0, 1), (0, 2), (1, 3), (1, 4), (2, 5)]
    assert articulation_points(6, edges) == {0, 1, 2}


def test_bridge_between_cycles():
    edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 5), (5, 3)]
    assert articulation_points(6, edges) == {2, 3}


def test_several_components():
    edges = [(0, 1), (1, 2), (3, 4), (4, 5), (5, 3), (6, 7)]
    assert articulation_points(8, edges) == {1}


def test_complete_graph_and_single_edge():
    complete = [(u, v) for u in range(5) for v in range(u + 1, 5)]
    assert articulation_points(5, complete) == set()
    assert articulation_points(2, [(0, 1)]) == set()
    assert is_biconnected(5, complete)


def test_long_path():
    n = 300
    assert articulation_points(n, [(i, i + 1) for i in range(n - 1)]) == set(range(1, n - 1))


def test_random_graphs_against_brute_force():
    rng = random.Random(4242)
    for _ in range(250):
        n = rng.randint(1, 9)
        pairs = [(u, v) for u in range(n) for v in range(u + 1, n)]
        edges = [pair for pair in pairs if rng.random() < 0.35]
        rng.shuffle(edges)
        assert articulation_points(n, edges) == _brute(n, edges), (n, edges)
        expected = _components(n, edges) == 1 and not _brute(n, edges)
        assert is_biconnected(n, edges) == expected, (n, edges)
