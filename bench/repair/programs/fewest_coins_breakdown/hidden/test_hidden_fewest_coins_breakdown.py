from collections import Counter

import pytest

from fewest_coins_breakdown import fewest_coins, min_coin_count


def test_mixed_denominations():
    assert fewest_coins(63, [1, 5, 10, 21, 25]) == [21, 21, 21]
    assert fewest_coins(13, [2, 5]) == [5, 2, 2, 2, 2]


def test_negative_amount_rejected():
    with pytest.raises(ValueError):
        fewest_coins(-1, [1])


@pytest.mark.parametrize("coins", [[1, 2, 5], [3, 7, 11], [1, 6, 10], [4, 9]])
def test_every_amount_consistent(coins):
    for amount in range(0, 60):
        used = fewest_coins(amount, coins)
        count = min_coin_count(amount, coins)
        if used is None:
            assert count == -1
            continue
        assert sum(used) == amount
        assert len(used) == count
        assert set(used) <= set(coins)
        assert used == sorted(used, reverse=True)


def test_uses_each_needed_coin():
    assert Counter(fewest_coins(18, [1, 3, 7])) == Counter({7: 2, 3: 1, 1: 1})
