from dep_cycle import describe_cycle, find_cycle, has_cycle


def test_empty_graph():
    assert find_cycle({}) is None


def test_self_dependency():
    assert find_cycle({"a": ["a"]}) == ["a", "a"]


def test_three_package_loop():
    graph = {"app": ["web"], "web": ["db"], "db": ["app"]}
    assert find_cycle(graph) == ["app", "web", "db", "app"]


def test_chain_is_acyclic():
    graph = {"app": ["web"], "web": ["db"], "db": []}
    assert not has_cycle(graph)


def test_shared_dependency_is_not_a_cycle():
    graph = {"app": ["web", "cli"], "web": ["core"], "cli": ["core"], "core": []}
    assert not has_cycle(graph)


def test_describe_without_cycle():
    graph = {"a": ["b", "c"], "b": ["c"]}
    assert describe_cycle(graph) == "no dependency cycle"
