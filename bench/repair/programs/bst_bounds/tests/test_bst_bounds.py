from bst_bounds import SearchTree


def test_insert_and_contains():
    tree = SearchTree([8, 3, 10, 1, 6])
    assert 6 in tree
    assert 7 not in tree
    assert len(tree) == 5


def test_duplicates_are_ignored():
    tree = SearchTree([4, 4, 2, 4])
    assert len(tree) == 2


def test_iterates_in_order():
    assert list(SearchTree([5, 2, 9, 1, 7])) == [1, 2, 5, 7, 9]


def test_floor():
    tree = SearchTree([10, 20, 30])
    assert [tree.floor(k) for k in (5, 10, 25, 99)] == [None, 10, 20, 30]


def test_ceiling():
    tree = SearchTree([10, 20, 30])
    assert [tree.ceiling(k) for k in (1, 15, 20, 31)] == [10, 20, 20, None]


def test_empty_tree():
    tree = SearchTree()
    assert tree.floor(3) is None
    assert tree.ceiling(3) is None
    assert list(tree) == []
