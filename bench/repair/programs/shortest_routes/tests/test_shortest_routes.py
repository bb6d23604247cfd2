from shortest_routes import shortest_routes, undirected


def test_same_node():
    assert shortest_routes({"a": ["b"]}, "a", "a") == (0, 1)


def test_unreachable():
    assert shortest_routes({"a": ["b"], "c": ["a"]}, "a", "c") is None


def test_chain():
    assert shortest_routes({"a": ["b"], "b": ["c"], "c": ["d"]}, "a", "d") == (3, 1)


def test_diamond_has_two_routes():
    graph = {"a": ["b", "c"], "b": ["d"], "c": ["d"]}
    assert shortest_routes(graph, "a", "d") == (2, 2)


def test_shortcut_beats_long_way_round():
    graph = {"a": ["b", "c"], "b": ["e"], "c": ["d"], "d": ["e"], "e": ["f"]}
    assert shortest_routes(graph, "a", "f") == (3, 1)


def test_office_network():
    net = undirected([("hq", "r1"), ("hq", "r2"), ("r1", "r3"), ("r2", "r3"), ("r3", "lab"),
                      ("hq", "r4"), ("r4", "r5"), ("r5", "lab")])
    assert shortest_routes(net, "hq", "lab") == (3, 3)
