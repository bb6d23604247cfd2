from fewest_coins_breakdown import fewest_coins, min_coin_count


def test_count_classic():
    assert min_coin_count(11, [1, 2, 5]) == 3


def test_impossible_amount():
    assert min_coin_count(3, [2]) == -1
    assert fewest_coins(3, [2]) is None


def test_zero_amount():
    assert fewest_coins(0, [1, 2]) == []


def test_greedy_would_be_wrong():
    assert fewest_coins(6, [1, 3, 4]) == [3, 3]


def test_breakdown_classic():
    assert fewest_coins(11, [1, 2, 5]) == [5, 5, 1]
