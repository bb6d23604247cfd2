from grid_meeting import manhattan, meeting_point, nearest, ring, total_distance


def test_manhattan():
    assert manhattan((0, 0), (3, -4)) == 7
    assert manhattan((2, 2), (2, 2)) == 0


def test_nearest_prefers_smallest_on_ties():
    assert nearest((0, 0), [(5, 5), (0, 2), (-2, 0)]) == (-2, 0)
    assert nearest((0, 0), []) is None


def test_ring_of_radius_one():
    assert list(ring((5, 5), 1)) == [(5, 4), (6, 5), (5, 6), (4, 5)]


def test_ring_cells_are_at_the_radius():
    cells = list(ring((0, 0), 3))
    assert len(cells) == len(set(cells)) == 12
    assert all(manhattan(cell, (0, 0)) == 3 for cell in cells)


def test_meeting_point_on_a_street():
    assert meeting_point([(1, 0), (9, 0), (4, 0)]) == (4, 0)


def test_meeting_point_for_three_friends():
    friends = [(0, 0), (4, 6), (2, 2)]
    assert meeting_point(friends) == (2, 2)
    assert total_distance(friends, (2, 2)) == 10
