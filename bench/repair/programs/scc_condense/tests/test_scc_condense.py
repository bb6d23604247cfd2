from scc_condense import condensation, is_strongly_connected, strongly_connected


def test_empty_graph():
    assert strongly_connected({}) == []
    assert is_strongly_connected({})


def test_single_cycle_is_one_component():
    graph = {"a": ["b"], "b": ["c"], "c": ["a"]}
    assert strongly_connected(graph) == [["a", "b", "c"]]
    assert is_strongly_connected(graph)


def test_chain_has_one_component_per_node():
    graph = {"a": ["b"], "b": ["c"]}
    assert strongly_connected(graph) == [["a"], ["b"], ["c"]]
    assert not is_strongly_connected(graph)


def test_two_cycles_joined_by_an_edge():
    graph = {"a": ["b"], "b": ["a", "c"], "c": ["d"], "d": ["c"]}
    components, edges = condensation(graph)
    assert components == [["a", "b"], ["c", "d"]]
    assert edges == {(0, 1)}


def test_self_loop_and_isolated_target():
    graph = {"x": ["x", "y"]}
    assert strongly_connected(graph) == [["x"], ["y"]]
