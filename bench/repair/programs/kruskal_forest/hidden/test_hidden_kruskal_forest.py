from kruskal_forest import DisjointSet, is_connected, spanning_forest


def test_count_tracks_merges():
    sets = DisjointSet("abcde")
    assert sets.count == 5
    sets.union("a", "b")
    sets.union("c", "d")
    assert sets.count == 3
    sets.union("b", "d")
    assert sets.count == 2
    sets.union("a", "c")
    assert sets.count == 2


def test_merging_through_non_root_members():
    sets = DisjointSet(range(6))
    sets.union(0, 1)
    sets.union(2, 3)
    sets.union(3, 4)
    sets.union(1, 4)
    assert len({sets.find(i) for i in range(5)}) == 1
    assert not sets.union(0, 2)
    assert sets.find(5) == 5


def test_square_with_diagonals():
    edges = [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 0, 1), (0, 2, 5), (1, 3, 5)]
    total, chosen, trees = spanning_forest(range(4), edges)
    assert (total, trees) == (3, 1)
    assert chosen == [(0, 1, 1), (1, 2, 1), (2, 3, 1)]


def test_classic_graph():
    edges = [
        ("A", "B", 7), ("A", "D", 5), ("B", "C", 8), ("B", "D", 9), ("B", "E", 7),
        ("C", "E", 5), ("D", "E", 15), ("D", "F", 6), ("E", "F", 8), ("E", "G", 9),
        ("F", "G", 11),
    ]
    total, chosen, trees = spanning_forest("ABCDEFG", edges)
    assert total == 39
    assert trees == 1
    assert len(chosen) == 6


def test_isolated_nodes_count_as_trees():
    total, chosen, trees = spanning_forest(range(7), [(0, 1, 2), (1, 2, 2), (4, 5, 1)])
    assert (total, trees) == (5, 4)
    assert not is_connected(range(7), [(0, 1, 2)])
    assert is_connected([9], [])
