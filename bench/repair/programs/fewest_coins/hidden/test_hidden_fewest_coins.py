import random
from collections import deque

from fewest_coins import count_ways, fewest_coins, min_coin_count


def _shortest(coins, amount):
    """Breadth-first search over remaining amounts: the true minimum, or -1."""
    seen = {amount}
    queue = deque([(amount, 0)])
    while queue:
        left, steps = queue.popleft()
        if left == 0:
            return steps
        for coin in coins:
            rest = left - coin
            if rest >= 0 and rest not in seen:
                seen.add(rest)
                queue.append((rest, steps + 1))
    return -1


def test_zero_amount():
    assert fewest_coins([1, 2], 0) == []
    assert min_coin_count([5], 0) == 0


def test_random_against_search():
    rng = random.Random(2024)
    for _ in range(200):
        coins = rng.sample(range(1, 13), rng.randint(1, 4))
        amount = rng.randint(0, 40)
        expected = _shortest(coins, amount)
        used = fewest_coins(coins, amount)
        if expected == -1:
            assert used is None
        else:
            assert used is not None
            assert sum(used) == amount
            assert len(used) == expected
            assert all(coin in coins for coin in used)
            assert used == sorted(used, reverse=True)
        assert min_coin_count(coins, amount) == expected


def test_coin_order_does_not_matter():
    assert fewest_coins([1, 7, 10], 14) == [7, 7]
    assert fewest_coins([10, 7, 1], 14) == [7, 7]
    assert min_coin_count([2, 5, 3], 11) == 3


def test_count_ways_more():
    assert count_ways([2, 5, 3, 6], 10) == 5
    assert count_ways([1], 7) == 1
