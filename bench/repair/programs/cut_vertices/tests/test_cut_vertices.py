from cut_vertices import articulation_points, is_biconnected


def test_no_edges():
    assert articulation_points(4, []) == set()


def test_path():
    assert articulation_points(4, [(0, 1), (1, 2), (2, 3)]) == {1, 2}


def test_star_center():
    assert articulation_points(4, [(0, 1), (0, 2), (0, 3)]) == {0}


def test_cycle_has_none():
    assert articulation_points(4, [(0, 1), (1, 2), (2, 3), (3, 0)]) == set()


def test_two_triangles_sharing_a_vertex():
    edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2)]
    assert articulation_points(5, edges) == {2}


def test_biconnected():
    assert is_biconnected(3, [(0, 1), (1, 2), (2, 0)])
    assert not is_biconnected(3, [(0, 1), (1, 2)])
    assert not is_biconnected(4, [(0, 1), (1, 2), (2, 0)])
