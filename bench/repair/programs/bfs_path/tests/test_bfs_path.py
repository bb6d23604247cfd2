from bfs_path import shortest_path


def test_start_is_goal():
    assert shortest_path({}, "planner", "planner") == ["planner"]


def test_unreachable():
    assert shortest_path({"a": ["b"]}, "a", "z") is None


def test_delegation_chain():
    graph = {"planner": ["coder", "researcher"], "coder": ["tester"], "researcher": []}
    assert shortest_path(graph, "planner", "tester") == ["planner", "coder", "tester"]
