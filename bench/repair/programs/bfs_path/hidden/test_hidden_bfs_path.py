from bfs_path import shortest_path


def test_direct_edge():
    assert shortest_path({1: [2]}, 1, 2) == [1, 2]


def test_prefers_fewest_hops():
    graph = {"a": ["b", "c"], "b": ["d"], "c": ["e"], "d": ["f"], "e": ["f"], "f": []}
    path = shortest_path(graph, "a", "f")
    assert path[0] == "a" and path[-1] == "f" and len(path) == 4
    assert all(path[i + 1] in graph[path[i]] for i in range(len(path) - 1))


def test_cycle_in_graph():
    graph = {0: [1], 1: [0, 2], 2: [3], 3: [1]}
    assert shortest_path(graph, 0, 3) == [0, 1, 2, 3]
