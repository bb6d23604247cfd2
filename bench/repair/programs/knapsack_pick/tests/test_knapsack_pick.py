from knapsack_pick import Item, choose_items, total_weight


def names(items):
    return [item.name for item in items]


def test_classic_example():
    items = [Item("map", 5, 10), Item("rope", 4, 40), Item("food", 3, 50)]
    best, chosen = choose_items(items, 7)
    assert best == 90
    assert names(chosen) == ["rope", "food"]


def test_nothing_fits():
    assert choose_items([Item("tent", 9, 100), Item("stove", 8, 60)], 5) == (0, [])


def test_no_items():
    assert choose_items([], 10) == (0, [])


def test_single_item_fits_exactly():
    assert choose_items([Item("laptop", 3, 7)], 3) == (7, [Item("laptop", 3, 7)])


def test_chosen_items_fit():
    items = [Item(f"i{k}", k + 1, (k * 7) % 5 + 1) for k in range(6)]
    best, chosen = choose_items(items, 9)
    assert total_weight(chosen) <= 9
    assert sum(item.value for item in chosen) == best
