from fewest_coins import count_ways, fewest_coins, min_coin_count


def test_count_ways():
    assert count_ways([1, 2, 5], 5) == 4
    assert count_ways([2], 3) == 0
    assert count_ways([3, 7], 0) == 1


def test_us_coins():
    assert fewest_coins([25, 10, 5, 1], 63) == [25, 25, 10, 1, 1, 1]


def test_impossible_amount():
    assert fewest_coins([4, 6], 7) is None
    assert min_coin_count([4, 6], 7) == -1


def test_greedy_would_be_wrong():
    assert min_coin_count([1, 3, 4], 6) == 2


def test_fewest_coins_lists_the_coins():
    assert fewest_coins([1, 5, 6, 9], 11) == [6, 5]
