import pytest

from binary_lifting_lca import AncestorTable

#         0
#       /   \
#      1     2
#     / \     \
#    3   4     5
#    |
#    6
PARENT = [-1, 0, 0, 1, 1, 2, 3]


def test_depths():
    table = AncestorTable(PARENT)
    assert table.depth == [0, 1, 1, 2, 2, 2, 3]


def test_kth_ancestor():
    table = AncestorTable(PARENT)
    assert table.kth_ancestor(6, 0) == 6
    assert table.kth_ancestor(6, 1) == 3
    assert table.kth_ancestor(6, 2) == 1
    assert table.kth_ancestor(6, 4) is None


def test_lca_when_one_is_ancestor():
    table = AncestorTable(PARENT)
    assert table.lca(1, 6) == 1
    assert table.lca(6, 1) == 1


def test_lca_across_subtrees():
    table = AncestorTable(PARENT)
    assert table.lca(6, 4) == 1
    assert table.lca(3, 5) == 0


def test_lca_of_deep_branches():
    # 0 - 1, then 1 splits into the chains 2 - 4 - 6 and 3 - 5 - 7
    table = AncestorTable([-1, 0, 1, 1, 2, 3, 4, 5])
    assert table.lca(6, 7) == 1
    assert table.lca(4, 7) == 1
    assert table.distance(6, 7) == 6


def test_distance():
    table = AncestorTable(PARENT)
    assert table.distance(6, 5) == 5
    assert table.distance(2, 0) == 1


def test_two_roots_rejected():
    with pytest.raises(ValueError):
        AncestorTable([-1, -1, 0])
