from weighted_grid_dijkstra import TerrainGrid


def test_start_is_goal():
    grid = TerrainGrid(["123", "456"])
    assert grid.cheapest_route((1, 1), (1, 1)) == (0, [(1, 1)])


def test_straight_line():
    grid = TerrainGrid(["1111"])
    assert grid.cheapest_route((0, 0), (0, 3)) == (3, [(0, 0), (0, 1), (0, 2), (0, 3)])


def test_goes_around_expensive_cells():
    grid = TerrainGrid([
        "191",
        "191",
        "111",
    ])
    cost, route = grid.cheapest_route((0, 0), (0, 2))
    assert cost == 6
    assert route == [(0, 0), (1, 0), (2, 0), (2, 1), (2, 2), (1, 2), (0, 2)]


def test_walled_off_goal():
    grid = TerrainGrid([
        "11#1",
        "11#1",
    ])
    assert grid.cheapest_route((0, 0), (1, 3)) is None


def test_goal_on_wall():
    grid = TerrainGrid(["1#"])
    assert grid.cheapest_route((0, 0), (0, 1)) is None


def test_neighbors_skip_walls_and_edges():
    grid = TerrainGrid(["1#", "11"])
    assert sorted(grid.neighbors((0, 0))) == [(1, 0)]
