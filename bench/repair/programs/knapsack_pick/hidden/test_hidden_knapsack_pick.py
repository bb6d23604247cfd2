import itertools
import random

from knapsack_pick import Item, best_value_table, choose_items, total_weight


def _brute(items, capacity):
    best = 0
    for r in range(len(items) + 1):
        for combo in itertools.combinations(items, r):
            if total_weight(list(combo)) <= capacity:
                best = max(best, sum(item.value for item in combo))
    return best


def test_random_against_brute_force():
    rng = random.Random(8)
    for _ in range(150):
        items = [Item(f"x{k}", rng.randint(1, 8), rng.randint(0, 20))
                 for k in range(rng.randint(0, 7))]
        capacity = rng.randint(0, 20)
        best, chosen = choose_items(items, capacity)
        assert best == _brute(items, capacity)
        assert total_weight(chosen) <= capacity
        assert sum(item.value for item in chosen) == best
        positions = [items.index(item) for item in chosen]
        assert positions == sorted(set(positions))


def test_unique_optimum_is_reported():
    items = [Item("a", 2, 3), Item("b", 3, 4), Item("c", 4, 5), Item("d", 5, 6)]
    assert choose_items(items, 5) == (7, [Item("a", 2, 3), Item("b", 3, 4)])


def test_heavy_first_item_not_chosen():
    items = [Item("anvil", 6, 9), Item("gem", 1, 8), Item("coin", 2, 6)]
    best, chosen = choose_items(items, 6)
    assert best == 14
    assert [item.name for item in chosen] == ["gem", "coin"]


def test_table_last_column():
    table = best_value_table([Item("a", 1, 1), Item("b", 2, 5)], 3)
    assert table[2] == [0, 1, 5, 6]
