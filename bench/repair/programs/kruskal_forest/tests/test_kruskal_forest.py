from kruskal_forest import DisjointSet, is_connected, spanning_forest


def test_no_edges():
    assert spanning_forest(["a", "b", "c"], []) == (0, [], 3)


def test_union_reports_merges():
    sets = DisjointSet(range(4))
    assert sets.union(0, 1)
    assert sets.union(2, 3)
    assert not sets.union(1, 0)
    assert sets.find(0) == sets.find(1)
    assert sets.find(1) != sets.find(2)


def test_triangle_drops_heaviest_edge():
    edges = [("a", "b", 1), ("b", "c", 2), ("a", "c", 3)]
    assert spanning_forest("abc", edges) == (3, [("a", "b", 1), ("b", "c", 2)], 1)


def test_two_islands():
    edges = [(1, 2, 4), (3, 4, 1), (2, 5, 2), (1, 5, 3)]
    total, chosen, trees = spanning_forest([1, 2, 3, 4, 5], edges)
    assert total == 6
    assert chosen == [(3, 4, 1), (2, 5, 2), (1, 5, 3)]
    assert trees == 2


def test_is_connected():
    assert is_connected("xyz", [("x", "y", 1), ("z", "y", 1)])
    assert not is_connected("xyz", [("x", "y", 1)])
