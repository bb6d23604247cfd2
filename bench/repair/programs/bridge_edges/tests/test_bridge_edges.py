from bridge_edges import bridges, on_a_cycle


def test_empty_graph():
    assert bridges([]) == []


def test_every_edge_of_a_path_is_a_bridge():
    assert bridges([(0, 1), (1, 2), (2, 3)]) == [(0, 1), (1, 2), (2, 3)]


def test_star():
    assert bridges([(0, 1), (0, 2), (0, 3)]) == [(0, 1), (0, 2), (0, 3)]


def test_triangle_has_no_bridge():
    assert bridges([(0, 1), (1, 2), (2, 0)]) == []


def test_two_triangles_joined_by_one_link():
    edges = [(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 6), (6, 4)]
    assert bridges(edges) == [(3, 4)]


def test_edges_on_a_cycle():
    edges = [(0, 1), (1, 2), (2, 0), (2, 3)]
    assert on_a_cycle(edges) == {(0, 1), (1, 2), (0, 2)}
