from disjoint_set_sizes import DisjointSet


def test_starts_with_singletons():
    ds = DisjointSet("abc")
    assert ds.count == 3
    assert not ds.connected("a", "b")


def test_union_is_transitive():
    ds = DisjointSet()
    ds.union(1, 2)
    ds.union(2, 3)
    assert ds.connected(1, 3)
    assert ds.count == 1


def test_union_reports_whether_it_merged():
    ds = DisjointSet(range(4))
    assert ds.union(0, 1) is True
    assert ds.union(2, 3) is True
    assert ds.union(0, 1) is False


def test_sizes_follow_merges():
    ds = DisjointSet(range(6))
    for a, b in [(0, 1), (2, 3), (3, 4)]:
        ds.union(a, b)
    assert ds.size_of(4) == 3
    assert ds.size_of(0) == 2
    assert ds.size_of(5) == 1


def test_groups():
    ds = DisjointSet("abcde")
    ds.union("a", "c")
    ds.union("d", "e")
    assert sorted(map(sorted, ds.groups())) == [["a", "c"], ["b"], ["d", "e"]]
