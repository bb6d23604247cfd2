import random

from scc_condense import condensation, is_strongly_connected, strongly_connected


def _reach(graph, start):
    seen = {start}
    stack = [start]
    while stack:
        node = stack.pop()
        for nxt in graph.get(node, []):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _brute_components(graph):
    nodes = set(graph) | {t for ts in graph.values() for t in ts}
    reach = {n: _reach(graph, n) for n in nodes}
    groups = {frozenset(m for m in nodes if m in reach[n] and n in reach[m]) for n in nodes}
    return sorted(sorted(g) for g in groups)


def test_against_brute_force_random_graphs():
    rng = random.Random(7)
    for _ in range(200):
        names = [f"n{i}" for i in range(rng.randint(1, 9))]
        graph = {n: [m for m in names if rng.random() < 0.25] for n in names if rng.random() < 0.9}
        components, edges = condensation(graph)
        assert sorted(components) == _brute_components(graph), graph
        for source, target in edges:
            assert source < target, (graph, components, edges)


def test_reverse_topological_input():
    graph = {"d": ["c"], "c": ["b"], "b": ["a"]}
    assert strongly_connected(graph) == [["d"], ["c"], ["b"], ["a"]]


def test_diamond_of_cycles():
    graph = {
        "s": ["a1", "b1"],
        "a1": ["a2"], "a2": ["a1", "t"],
        "b1": ["b2"], "b2": ["b1", "t"],
        "t": [],
    }
    components, edges = condensation(graph)
    assert sorted(components) == [["a1", "a2"], ["b1", "b2"], ["s"], ["t"]]
    assert components[0] == ["s"] and components[-1] == ["t"]
    index = {tuple(c): i for i, c in enumerate(components)}
    s, a, b, t = index[("s",)], index[("a1", "a2")], index[("b1", "b2")], index[("t",)]
    assert edges == {(s, a), (s, b), (a, t), (b, t)}


def test_big_cycle_with_tail_is_not_one_component():
    graph = {str(i): [str(i + 1)] for i in range(50)}
    graph["50"] = ["10"]
    components = strongly_connected(graph)
    assert [str(i) for i in range(10)] == [c[0] for c in components[:10]]
    assert sorted(components[10]) == sorted(str(i) for i in range(10, 51))
    assert not is_strongly_connected(graph)


def test_deep_chain_does_not_recurse():
    graph = {str(i): [str(i + 1)] for i in range(5000)}
    assert len(strongly_connected(graph)) == 5001


def test_strongly_connected_whole_graph():
    graph = {"a": ["b", "c"], "b": ["c"], "c": ["a"]}
    assert is_strongly_connected(graph)
    assert condensation(graph) == ([["a", "b", "c"]], set())
