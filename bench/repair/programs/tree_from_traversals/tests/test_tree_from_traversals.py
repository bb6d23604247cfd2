import pytest

from tree_from_traversals import build, height, levels, postorder


def test_empty():
    assert build([], []) is None
    assert height(None) == 0


def test_single_node():
    root = build(["a"], ["a"])
    assert root.value == "a"
    assert root.left is None and root.right is None


def test_right_leaning_chain():
    root = build([1, 2, 3], [1, 2, 3])
    assert postorder(root) == [3, 2, 1]
    assert height(root) == 3


def test_textbook_example():
    #        3
    #      /   \
    #     9    20
    #         /  \
    #        15   7
    root = build([3, 9, 20, 15, 7], [9, 3, 15, 20, 7])
    assert levels(root) == [[3], [9, 20], [15, 7]]
    assert postorder(root) == [9, 15, 7, 20, 3]


def test_mismatched_values_rejected():
    with pytest.raises(ValueError):
        build([1, 2], [1, 3])
