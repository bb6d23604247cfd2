from bipartite_check import is_bipartite, partition, two_colouring


def test_no_edges():
    assert two_colouring(3, []) == [0, 0, 0]


def test_empty_graph():
    assert two_colouring(0, []) == []


def test_triangle_is_not_bipartite():
    assert not is_bipartite(3, [(0, 1), (1, 2), (2, 0)])


def test_square_is_bipartite():
    assert is_bipartite(4, [(0, 1), (1, 2), (2, 3), (3, 0)])


def test_partition_of_a_path():
    assert partition(4, [(0, 1), (1, 2), (2, 3)]) == ([0, 2], [1, 3])
