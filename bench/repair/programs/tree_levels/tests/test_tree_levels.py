from tree_levels import Node, levels, right_side_view, widest_level, zigzag


def full_tree():
    return Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6), Node(7)))


def test_empty_tree():
    assert levels(None) == []
    assert widest_level(None) == -1


def test_single_node():
    assert levels(Node(8)) == [[8]]


def test_left_leaning_chain():
    chain = Node(1, Node(2, Node(3)))
    assert levels(chain) == [[1], [2], [3]]
    assert right_side_view(chain) == [1, 2, 3]


def test_full_tree_levels():
    assert levels(full_tree()) == [[1], [2, 3], [4, 5, 6, 7]]


def test_right_side_view():
    tree = Node(1, Node(2, None, Node(5)), Node(3))
    assert right_side_view(tree) == [1, 3, 5]


def test_zigzag():
    assert zigzag(full_tree()) == [[1], [3, 2], [4, 5, 6, 7]]
