import random

import pytest

from tree_from_traversals import Node, build, height, levels, postorder


def preorder(node):
    if node is None:
        return []
    return [node.value] + preorder(node.left) + preorder(node.right)


def inorder(node):
    if node is None:
        return []
    return inorder(node.left) + [node.value] + inorder(node.right)


def same(a, b):
    if a is None or b is None:
        return a is b
    return a.value == b.value and same(a.left, b.left) and same(a.right, b.right)


def random_tree(rng, values):
    if not values:
        return None
    k = rng.randrange(len(values))
    return Node(values[k], random_tree(rng, values[:k]), random_tree(rng, values[k + 1:]))


def test_left_leaning_chain():
    root = build([3, 2, 1], [1, 2, 3])
    assert root.value == 3
    assert root.left.value == 2
    assert root.left.left.value == 1
    assert root.right is None
    assert levels(root) == [[3], [2], [1]]


def test_only_left_child():
    root = build(["r", "l"], ["l", "r"])
    assert root.left.value == "l"
    assert root.right is None
    assert height(root) == 2


def test_complete_tree():
    root = build([4, 2, 1, 3, 6, 5, 7], [1, 2, 3, 4, 5, 6, 7])
    assert levels(root) == [[4], [2, 6], [1, 3, 5, 7]]
    assert postorder(root) == [1, 3, 2, 5, 7, 6, 4]
    assert height(root) == 3


def test_random_round_trips():
    rng = random.Random(2727)
    for _ in range(200):
        n = rng.randint(0, 25)
        values = rng.sample(range(1000), n)
        original = random_tree(rng, values)
        rebuilt = build(preorder(original), inorder(original))
        assert same(original, rebuilt)
        assert postorder(rebuilt) == postorder(original)
        assert height(rebuilt) == height(original)


def test_length_mismatch_rejected():
    with pytest.raises(ValueError):
        build([1, 2, 3], [2, 1])
