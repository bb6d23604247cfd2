import random

from dep_cycle import describe_cycle, find_cycle, has_cycle


def _acyclic_by_kahn(graph):
    nodes = set(graph) | {d for deps in graph.values() for d in deps}
    indegree = {n: 0 for n in nodes}
    for deps in graph.values():
        for d in deps:
            indegree[d] += 1
    ready = [n for n in nodes if indegree[n] == 0]
    removed = 0
    while ready:
        node = ready.pop()
        removed += 1
        for d in graph.get(node, ()):
            indegree[d] -= 1
            if indegree[d] == 0:
                ready.append(d)
    return removed == len(nodes)


def _is_closed_path(graph, cycle):
    if len(cycle) < 2 or cycle[0] != cycle[-1]:
        return False
    if len(set(cycle[:-1])) != len(cycle) - 1:
        return False
    return all(b in graph.get(a, ()) for a, b in zip(cycle, cycle[1:]))


def test_many_diamonds_stacked():
    graph = {}
    for level in range(6):
        graph[f"top{level}"] = [f"left{level}", f"right{level}"]
        graph[f"left{level}"] = [f"top{level + 1}"]
        graph[f"right{level}"] = [f"top{level + 1}"]
    assert find_cycle(graph) is None
    assert describe_cycle(graph) == "no dependency cycle"


def test_cycle_reached_after_finished_branch():
    graph = {"root": ["done", "x"], "done": ["leaf"], "x": ["y"], "y": ["leaf", "x"]}
    assert find_cycle(graph) == ["x", "y", "x"]


def test_describe_cycle_message():
    graph = {"a": ["b"], "b": ["c"], "c": ["b"]}
    assert describe_cycle(graph) == "dependency cycle: b -> c -> b"


def test_random_graphs_against_kahn():
    rng = random.Random(2024)
    for _ in range(300):
        names = [f"n{i}" for i in range(rng.randint(1, 8))]
        graph = {n: rng.sample(names, rng.randint(0, min(3, len(names)))) for n in names}
        cycle = find_cycle(graph)
        assert (cycle is None) == _acyclic_by_kahn(graph), graph
        assert has_cycle(graph) == (cycle is not None)
        if cycle is not None:
            assert _is_closed_path(graph, cycle), (graph, cycle)


def test_random_dags_have_no_cycle():
    rng = random.Random(7)
    for _ in range(200):
        size = rng.randint(1, 10)
        graph = {f"p{i}": [f"p{j}" for j in range(i + 1, size) if rng.random() < 0.4]
                 for i in range(size)}
        assert find_cycle(graph) is None, graph
