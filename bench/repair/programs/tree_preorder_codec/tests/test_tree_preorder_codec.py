import pytest

from tree_preorder_codec import TreeNode, deserialize, inorder, serialize


def sample():
    #     1
    #    / \
    #   2   3
    #      / \
    #     4   5
    return TreeNode(1, TreeNode(2), TreeNode(3, TreeNode(4), TreeNode(5)))


def test_serialize_sample():
    assert serialize(sample()) == "1,2,#,#,3,4,#,#,5,#,#"


def test_serialize_empty_tree():
    assert serialize(None) == "#"
    assert deserialize("#") is None


def test_inorder():
    assert list(inorder(sample())) == [2, 1, 4, 3, 5]


def test_round_trip():
    tree = sample()
    assert deserialize(serialize(tree)) == tree


def test_custom_separator():
    text = serialize(sample(), sep=" ")
    assert text.startswith("1 2 # #")
    assert list(inorder(deserialize(text, sep=" "))) == [2, 1, 4, 3, 5]


def test_truncated_input_rejected():
    with pytest.raises(ValueError):
        deserialize("1,2,#")
