from coin_change import count_ways, fewest_coins, make_change


def test_fewest_coins_classic():
    assert fewest_coins([1, 2, 5], 11) == 3


def test_zero_amount_needs_no_coins():
    assert fewest_coins([1, 2, 5], 0) == 0
    assert make_change([3], 0) == []


def test_greedy_would_be_wrong():
    assert fewest_coins([1, 3, 4], 6) == 2
    assert make_change([1, 3, 4], 6) == [3, 3]


def test_amount_that_cannot_be_made():
    assert fewest_coins([2], 3) is None


def test_make_change_us_coins():
    assert make_change([1, 5, 10, 25], 30) == [25, 5]


def test_count_ways():
    assert count_ways([1, 2, 5], 5) == 4
    assert count_ways([2], 3) == 0
