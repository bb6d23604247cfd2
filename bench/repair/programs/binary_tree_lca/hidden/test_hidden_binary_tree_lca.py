import random

from binary_tree_lca import Node, depth_of, distance, from_level_order, lowest_common_ancestor

TREE = [3, 5, 1, 6, 2, 0, 8, None, None, 7, 4]


def _random_tree(rng, size):
    keys = rng.sample(range(100), size)
    root = Node(keys[0])
    for key in keys[1:]:
        node = root
        while True:
            side = "left" if rng.random() < 0.5 else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key))
                break
            node = child
    return root, keys


def _path(node, key):
    if node is None:
        return None
    if node.key == key:
        return [node.key]
    for child in (node.left, node.right):
        below = _path(child, key)
        if below is not None:
            return [node.key] + below
    return None


def _brute_lca(root, a, b):
    pa, pb = _path(root, a), _path(root, b)
    common = None
    for x, y in zip(pa, pb):
        if x != y:
            break
        common = x
    return common


def test_descendant_given_first():
    root = from_level_order(TREE)
    assert lowest_common_ancestor(root, 4, 5).key == 5
    assert lowest_common_ancestor(root, 8, 1).key == 1
    assert lowest_common_ancestor(root, 7, 3).key == 3


def test_cousins_and_siblings():
    root = from_level_order(TREE)
    assert lowest_common_ancestor(root, 7, 4).key == 2
    assert lowest_common_ancestor(root, 6, 4).key == 5
    assert lowest_common_ancestor(root, 0, 8).key == 1
    assert lowest_common_ancestor(root, 6, 8).key == 3


def test_same_key_twice():
    root = from_level_order(TREE)
    assert lowest_common_ancestor(root, 2, 2).key == 2


def test_distances():
    root = from_level_order(TREE)
    assert distance(root, 6, 4) == 3
    assert distance(root, 4, 6) == 3
    assert distance(root, 5, 7) == 2
    assert distance(root, 0, 0) == 0


def test_level_order_with_gaps():
    root = from_level_order([1, None, 2, None, 3, 4])
    assert root.left is None and root.right.key == 2
    assert root.right.right.key == 3 and root.right.right.left.key == 4
    assert lowest_common_ancestor(root, 4, 2).key == 2
    assert depth_of(root, 4) == 3


def test_random_trees_against_paths():
    rng = random.Random(2024)
    for _ in range(200):
        root, keys = _random_tree(rng, rng.randint(1, 25))
        a, b = rng.choice(keys), rng.choice(keys)
        assert lowest_common_ancestor(root, a, b).key == _brute_lca(root, a, b)
        expected = len(_path(root, a)) + len(_path(root, b)) - 2 * len(
            _path(root, _brute_lca(root, a, b))
        )
        assert distance(root, a, b) == expected
