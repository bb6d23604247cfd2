from skyline_merge import max_height, skyline


def test_no_buildings():
    assert skyline([]) == []


def test_single_building():
    assert skyline([(2, 9, 10)]) == [(2, 10), (9, 0)]


def test_classic_example():
    buildings = [(2, 9, 10), (3, 7, 15), (5, 12, 12), (15, 20, 10), (19, 24, 8)]
    assert skyline(buildings) == [
        (2, 10), (3, 15), (7, 12), (12, 0), (15, 10), (20, 8), (24, 0),
    ]


def test_adjacent_buildings_of_same_height_form_one_block():
    assert skyline([(0, 2, 3), (2, 5, 3)]) == [(0, 3), (5, 0)]


def test_max_height():
    assert max_height([(0, 2, 3), (1, 5, 7)]) == 7
    assert max_height([]) == 0
