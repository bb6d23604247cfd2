from rain_pool_volume import pools, trapped_volume, water_levels


def test_single_dip():
    assert trapped_volume([[3, 3, 3], [3, 1, 3], [3, 3, 3]]) == 2


def test_flat_and_tiny_maps_hold_nothing():
    assert trapped_volume([[2, 2, 2], [2, 2, 2]]) == 0
    assert trapped_volume([[5]]) == 0
    assert trapped_volume([]) == 0


def test_water_leaks_through_a_gap_in_the_wall():
    assert trapped_volume([[3, 3, 3], [3, 0, 1], [3, 3, 3]]) == 1


def test_wide_basin():
    heights = [
        [5, 5, 5, 5, 5],
        [5, 1, 1, 1, 5],
        [5, 1, 1, 1, 5],
        [5, 5, 5, 5, 5],
    ]
    assert trapped_volume(heights) == 24
    assert pools(heights) == [(1, 1), (1, 2), (1, 3), (2, 1), (2, 2), (2, 3)]


def test_known_example():
    heights = [
        [1, 4, 3, 1, 3, 2],
        [3, 2, 1, 3, 2, 4],
        [2, 3, 3, 2, 3, 1],
    ]
    assert trapped_volume(heights) == 4
    assert water_levels(heights)[1] == [3, 3, 3, 3, 3, 4]
