import pytest

from knapsack_chosen_items import best_selection, total_weight


def test_nothing_to_choose():
    assert best_selection([], 10) == (0, [])


def test_zero_capacity():
    assert best_selection([("a", 1, 5)], 0) == (0, [])


def test_item_too_heavy_is_left_out():
    assert best_selection([("anvil", 20, 100), ("rope", 3, 4)], 10) == (4, ["rope"])


def test_single_item():
    assert best_selection([("tent", 2, 3)], 5) == (3, ["tent"])


def test_picks_best_combination():
    items = [("a", 5, 10), ("b", 4, 40), ("c", 6, 30), ("d", 3, 50)]
    value, chosen = best_selection(items, 10)
    assert value == 90
    assert chosen == ["b", "d"]
    assert total_weight(items, chosen) <= 10


def test_negative_capacity():
    with pytest.raises(ValueError):
        best_selection([("a", 1, 1)], -1)
