from combination_sum import combination_sum, fewest_items


def test_distinct_candidates():
    assert combination_sum([2, 3, 5], 8) == [[3, 5]]


def test_repeated_candidates():
    assert combination_sum([10, 1, 2, 7, 6, 1, 5], 8) == [[1, 1, 6], [1, 2, 5], [1, 7], [2, 6]]


def test_no_solution():
    assert combination_sum([4, 6], 5) == []


def test_target_zero_is_the_empty_combination():
    assert combination_sum([1, 2], 0) == [[]]


def test_fewest_items():
    assert fewest_items([2, 3, 6, 7, 1], 7) == [7]
    assert fewest_items([9], 3) is None
