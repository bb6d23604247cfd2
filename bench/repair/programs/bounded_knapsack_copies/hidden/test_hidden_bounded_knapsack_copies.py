import itertools
import random

import pytest

from bounded_knapsack_copies import Item, best_selection, best_value


def brute(items, capacity):
    best = 0
    for counts in itertools.product(*[range(item.count + 1) for item in items]):
        weight = sum(c * item.weight for c, item in zip(counts, items))
        if weight <= capacity:
            best = max(best, sum(c * item.value for c, item in zip(counts, items)))
    return best


def test_single_copy_item_is_taken():
    assert best_selection([Item("lamp", 4, 6, 1)], 4) == (6, {"lamp": 1})


def test_every_copy_used_when_room():
    items = [Item("coin", 1, 2, 5), Item("bar", 3, 7, 1)]
    assert best_selection(items, 8) == (17, {"coin": 5, "bar": 1})


def test_negative_capacity_rejected():
    with pytest.raises(ValueError):
        best_value([Item("x", 1, 1, 1)], -1)


def test_zero_weight_item_bounded_by_count():
    assert best_value([Item("note", 0, 2, 3), Item("pen", 1, 1, 4)], 2) == 8


@pytest.mark.parametrize("seed", range(40))
def test_matches_brute_force(seed):
    rng = random.Random(seed)
    items = [Item(f"i{k}", rng.randint(1, 6), rng.randint(1, 10), rng.randint(1, 3))
             for k in range(rng.randint(1, 4))]
    capacity = rng.randint(0, 15)
    value, chosen = best_selection(items, capacity)
    assert value == brute(items, capacity)
    by_name = {item.name: item for item in items}
    assert sum(by_name[n].weight * c for n, c in chosen.items()) <= capacity
    assert sum(by_name[n].value * c for n, c in chosen.items()) == value
    assert all(1 <= c <= by_name[n].count for n, c in chosen.items())
