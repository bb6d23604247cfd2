import random

from tree_levels import Node, levels, right_side_view, widest_level, zigzag


def _random_tree(rng, depth):
    if depth == 0 or rng.random() < 0.2:
        return None
    return Node(rng.randint(-50, 50), _random_tree(rng, depth - 1), _random_tree(rng, depth - 1))


def _levels_by_dfs(node, depth=0, out=None):
    out = [] if out is None else out
    if node is None:
        return out
    if depth == len(out):
        out.append([])
    out[depth].append(node.value)
    _levels_by_dfs(node.left, depth + 1, out)
    _levels_by_dfs(node.right, depth + 1, out)
    return out


def test_right_only_chain():
    chain = Node(1, None, Node(2, None, Node(3, Node(4))))
    assert levels(chain) == [[1], [2], [3], [4]]


def test_uneven_tree():
    tree = Node(10, Node(20, Node(40, None, Node(80))), Node(30, Node(50), Node(60, Node(70))))
    assert levels(tree) == [[10], [20, 30], [40, 50, 60], [80, 70]]
    assert right_side_view(tree) == [10, 30, 60, 70]
    assert zigzag(tree) == [[10], [30, 20], [40, 50, 60], [70, 80]]
    assert widest_level(tree) == 2


def test_widest_level_tie_takes_shallowest():
    tree = Node(1, Node(2, Node(4)), Node(3, None, Node(5)))
    assert widest_level(tree) == 1


def test_random_trees_against_dfs():
    rng = random.Random(99)
    for _ in range(300):
        root = _random_tree(rng, rng.randint(0, 6))
        expected = _levels_by_dfs(root)
        assert levels(root) == expected
        assert right_side_view(root) == [level[-1] for level in expected]
