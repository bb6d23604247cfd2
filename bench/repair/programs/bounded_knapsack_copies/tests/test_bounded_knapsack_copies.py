from bounded_knapsack_copies import Item, best_selection, best_value

CAMPING = [Item("tent", 5, 9, 1), Item("rope", 2, 3, 3), Item("food", 3, 5, 2)]


def test_no_items():
    assert best_value([], 10) == 0


def test_zero_capacity():
    assert best_value(CAMPING, 0) == 0


def test_nothing_fits():
    assert best_selection([Item("anvil", 20, 100, 1)], 10) == (0, {})


def test_copies_limited_by_count():
    # plenty of room, but only two gems exist
    assert best_value([Item("gem", 2, 7, 2)], 20) == 14


def test_camping_trip():
    value, chosen = best_selection(CAMPING, 11)
    assert value == 19
    assert chosen == {"tent": 1, "food": 2}
