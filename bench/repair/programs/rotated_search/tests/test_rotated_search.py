from rotated_search import rotation_point, search_rotated, unrotate


def test_sorted_list_without_rotation():
    values = [1, 3, 5, 7, 9, 11]
    assert search_rotated(values, 7) == 3
    assert search_rotated(values, 1) == 0


def test_missing_value():
    assert search_rotated([15, 18, 2, 3, 6, 12], 4) == -1
    assert search_rotated([], 4) == -1


def test_value_before_the_pivot():
    assert search_rotated([4, 5, 6, 7, 0, 1, 2], 5) == 1


def test_value_after_the_pivot():
    assert search_rotated([4, 5, 6, 7, 0, 1, 2], 0) == 4


def test_rotation_point():
    assert rotation_point([4, 5, 6, 7, 0, 1, 2]) == 4
    assert rotation_point([1, 2, 3]) == 0


def test_unrotate():
    assert unrotate([30, 40, 10, 20]) == [10, 20, 30, 40]
