from lattice_paths_blocked_cells import count_paths


def test_open_grid():
    assert count_paths(2, 2) == 6


def test_blocked_centre():
    assert count_paths(2, 2, {(1, 1)}) == 2


def test_blocked_start():
    assert count_paths(3, 3, {(0, 0)}) == 0


def test_blocked_point_on_the_bottom_edge():
    # only paths that go up before reaching x = 2 survive
    assert count_paths(3, 1, {(2, 0)}) == 2


def test_modulus():
    assert count_paths(10, 10, mod=1000) == 184756 % 1000
