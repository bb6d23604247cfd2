from knapsack import best_value, fits


def test_no_items():
    assert best_value([], 10) == 0


def test_single_item_that_fits():
    assert best_value([(4, 7)], 5) == 7


def test_chooses_best_combination():
    items = [(1, 6), (2, 10), (3, 12)]
    assert best_value(items, 5) == 22


def test_fits():
    assert fits([(2, 1), (3, 1)], 5)
    assert not fits([(2, 1), (4, 1)], 5)
