import itertools
import random

from knapsack_chosen_items import best_selection, total_weight


def brute_force(items, capacity):
    best = 0
    for r in range(len(items) + 1):
        for combo in itertools.combinations(items, r):
            if sum(w for _, w, _ in combo) <= capacity:
                best = max(best, sum(v for _, _, v in combo))
    return best


def test_each_item_at_most_once():
    assert best_selection([("gem", 1, 10)], 6) == (10, ["gem"])
    assert best_selection([("x", 3, 5), ("y", 3, 4)], 9) == (9, ["x", "y"])


def test_cheap_heavy_versus_light_valuable():
    items = [("a", 1, 1), ("b", 3, 4), ("c", 4, 5), ("d", 5, 7)]
    assert best_selection(items, 7) == (9, ["b", "c"])


def test_against_brute_force():
    rng = random.Random(26)
    for _ in range(60):
        n = rng.randint(1, 7)
        items = [(f"i{k}", rng.randint(1, 8), rng.randint(1, 20)) for k in range(n)]
        capacity = rng.randint(0, 20)
        value, chosen = best_selection(items, capacity)
        assert value == brute_force(items, capacity)
        assert len(set(chosen)) == len(chosen)
        assert total_weight(items, chosen) <= capacity
        values = {name: v for name, _, v in items}
        assert sum(values[name] for name in chosen) == value
        assert chosen == [name for name, _, _ in items if name in chosen]


def test_zero_weight_item_is_free():
    assert best_selection([("note", 0, 2), ("map", 4, 3)], 3) == (2, ["note"])
