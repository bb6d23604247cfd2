import random

from coin_change import count_ways, fewest_coins, make_change


def _brute_fewest(coins, amount):
    reach = {0: 0}
    frontier = [0]
    while frontier:
        nxt = []
        for value in frontier:
            for coin in coins:
                total = value + coin
                if total <= amount and total not in reach:
                    reach[total] = reach[value] + 1
                    nxt.append(total)
        frontier = nxt
    return reach.get(amount)


def test_only_pennies():
    assert fewest_coins([1], 7) == 7
    assert make_change([1], 4) == [1, 1, 1, 1]


def test_unreachable_amounts():
    assert fewest_coins([3, 5], 7) is None
    assert fewest_coins([4, 6], 9) is None
    assert make_change([3, 5], 7) is None
    assert make_change([2], 1) is None
    assert fewest_coins([], 5) is None


def test_reachable_after_gaps():
    assert fewest_coins([3, 5], 11) == 3
    assert sorted(make_change([3, 5], 11)) == [3, 3, 5]


def test_random_against_breadth_first_search():
    rng = random.Random(5)
    for _ in range(300):
        coins = rng.sample(range(1, 12), rng.randint(1, 3))
        amount = rng.randint(0, 30)
        expected = _brute_fewest(coins, amount)
        assert fewest_coins(coins, amount) == expected
        change = make_change(coins, amount)
        if expected is None:
            assert change is None
        else:
            assert sum(change) == amount and len(change) == expected
            assert all(c in coins for c in change)


def test_count_ways_larger():
    assert count_ways([1, 5, 10, 25, 50], 100) == 292
    assert count_ways([3, 5], 7) == 0
