import itertools
import random

from shortest_routes import shortest_routes, undirected


def _brute(graph, source, target):
    """Enumerate simple paths; return (length, count) of the shortest ones."""
    best, count = None, 0
    stack = [(source, (source,))]
    while stack:
        node, path = stack.pop()
        if node == target:
            length = len(path) - 1
            if best is None or length < best:
                best, count = length, 1
            elif length == best:
                count += 1
            continue
        for nxt in graph.get(node, []):
            if nxt not in path:
                stack.append((nxt, path + (nxt,)))
    return None if best is None else (best, count)


def test_grid_paths_count_binomial():
    links = []
    for r, c in itertools.product(range(3), range(4)):
        if r + 1 < 3:
            links.append((f"{r}{c}", f"{r + 1}{c}"))
        if c + 1 < 4:
            links.append((f"{r}{c}", f"{r}{c + 1}"))
    grid = undirected(links)
    assert shortest_routes(grid, "00", "23") == (5, 10)


def test_ladder_doubles():
    graph = {}
    for level in range(5):
        for side in "lr":
            graph[f"{side}{level}"] = [f"l{level + 1}", f"r{level + 1}"]
    graph["s"] = ["l0", "r0"]
    assert shortest_routes(graph, "s", "l5") == (6, 32)


def test_deep_branch_listed_last():
    graph = {"s": ["x", "y"], "y": ["y1"], "y1": ["y2"], "y2": ["t"], "x": ["t"]}
    assert shortest_routes(graph, "s", "t") == (2, 1)
    assert shortest_routes(graph, "s", "y2") == (3, 1)


def test_random_directed_against_brute_force():
    rng = random.Random(7)
    for _ in range(150):
        nodes = [str(i) for i in range(rng.randint(2, 7))]
        graph = {n: [m for m in nodes if m != n and rng.random() < 0.35] for n in nodes}
        source, target = rng.sample(nodes, 2)
        assert shortest_routes(graph, source, target) == _brute(graph, source, target)
