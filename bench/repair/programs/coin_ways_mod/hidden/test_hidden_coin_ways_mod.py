import random

import pytest

from coin_ways_mod import count_ways, ways_table


def brute(amount, coins):
    coins = sorted(set(coins))

    def go(rest, index):
        if rest == 0:
            return 1
        if index == len(coins):
            return 0
        total = 0
        k = 0
        while k * coins[index] <= rest:
            total += go(rest - k * coins[index], index + 1)
            k += 1
        return total

    return go(amount, 0)


def test_us_coins():
    assert count_ways(100, [1, 5, 10, 25, 50]) == 292


def test_duplicate_denominations_count_once():
    assert count_ways(10, [2, 5, 3, 6, 5, 2]) == 5


def test_small_modulus():
    assert count_ways(100, [1, 5, 10, 25, 50], mod=7) == 292 % 7


def test_large_amount_is_reduced():
    value = count_ways(5000, [1, 2, 3, 5, 7, 11])
    assert 0 <= value < 1_000_000_007


def test_table():
    assert ways_table(6, [1, 2]) == [1, 1, 2, 2, 3, 3, 4]
    assert ways_table(-1, [1]) == []


@pytest.mark.parametrize("seed", range(30))
def test_matches_brute_force(seed):
    rng = random.Random(seed)
    coins = [rng.randint(1, 9) for _ in range(rng.randint(1, 4))]
    amount = rng.randint(0, 30)
    assert count_ways(amount, coins) == brute(amount, coins)
