from binary_tree_lca import depth_of, distance, from_level_order, lowest_common_ancestor

#         3
#       /   \
#      5     1
#     / \   / \
#    6   2 0   8
#       / \
#      7   4
TREE = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]


def test_build_from_level_order():
    root = from_level_order(TREE)
    assert root.key == 3
    assert (root.left.key, root.right.key) == (5, 1)
    assert (root.left.right.left.key, root.left.right.right.key) == (7, 4)
    assert root.left.left.left is None


def test_empty_tree():
    assert from_level_order([]) is None
    assert lowest_common_ancestor(None, 1, 2) is None


def test_ancestor_of_nodes_in_different_subtrees():
    root = from_level_order(TREE)
    assert lowest_common_ancestor(root, 5, 1).key == 3


def test_node_is_its_own_ancestor():
    root = from_level_order(TREE)
    assert lowest_common_ancestor(root, 5, 4).key == 5


def test_depth():
    root = from_level_order(TREE)
    assert depth_of(root, 3) == 0
    assert depth_of(root, 7) == 3
    assert depth_of(root, 42) == -1


def test_distance_between_leaves():
    root = from_level_order(TREE)
    assert distance(root, 7, 8) == 5
