from component_sizes import Components, from_edges


def test_count_starts_with_isolated_nodes():
    components = Components(["a", "b", "c"])
    assert components.count == 3
    assert not components.connected("a", "b")


def test_union_merges():
    components = Components(range(4))
    assert components.union(0, 1)
    assert components.union(2, 3)
    assert not components.union(1, 0)
    assert components.count == 2
    assert components.connected(1, 0)
    assert not components.connected(1, 2)


def test_size_of_component():
    components = from_edges([("x", "y"), ("y", "z")])
    assert components.size_of("x") == 3


def test_largest_component():
    components = from_edges([(1, 2), (3, 4), (4, 5), (6, 7)])
    assert components.largest() == 3


def test_empty():
    assert Components().count == 0
    assert Components().largest() == 0
