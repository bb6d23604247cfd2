from union_find import DisjointSet


def test_new_items_are_separate():
    ds = DisjointSet()
    ds.add("a")
    ds.add("b")
    assert not ds.connected("a", "b")


def test_union_twice_returns_false():
    ds = DisjointSet()
    assert ds.union(1, 2)
    assert not ds.union(2, 1)


def test_duplicate_reports_grouped():
    ds = DisjointSet()
    ds.union("crash-1", "crash-2")
    ds.union("crash-3", "crash-2")
    assert ds.connected("crash-1", "crash-3")
