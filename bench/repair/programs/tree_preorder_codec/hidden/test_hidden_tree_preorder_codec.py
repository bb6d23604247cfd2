import random

import pytest

from tree_preorder_codec import TreeNode, deserialize, inorder, serialize


def _random_tree(rng, size):
    if size == 0:
        return None
    left_size = rng.randint(0, size - 1)
    return TreeNode(
        rng.randint(-50, 50),
        _random_tree(rng, left_size),
        _random_tree(rng, size - 1 - left_size),
    )


def test_right_leaning_chain():
    tree = TreeNode(7, None, TreeNode(8, None, TreeNode(9)))
    assert serialize(tree) == "7,#,8,#,9,#,#"
    assert deserialize("7,#,8,#,9,#,#") == tree


def test_single_node_and_negative_values():
    assert deserialize("-3,#,#") == TreeNode(-3)
    tree = deserialize("10,-4,#,#,#")
    assert tree.left == TreeNode(-4) and tree.right is None


def test_spaces_around_tokens():
    assert deserialize("1, #, 2, #, #") == TreeNode(1, None, TreeNode(2))


def test_trailing_tokens_rejected():
    with pytest.raises(ValueError):
        deserialize("1,#,#,#")


def test_random_round_trips():
    rng = random.Random(99)
    for _ in range(200):
        tree = _random_tree(rng, rng.randint(0, 30))
        text = serialize(tree)
        back = deserialize(text)
        assert back == tree
        assert list(inorder(back)) == list(inorder(tree))
        assert serialize(back) == text
