import random

import pytest

from cash_drawer_change import CashDrawer, InsufficientChange

EURO_CENTS = [1, 2, 5, 10, 20, 50, 100, 200]


def test_drawer_runs_out_of_a_coin():
    drawer = CashDrawer(EURO_CENTS)
    drawer.deposit(50, 2)
    drawer.deposit(20, 10)
    assert drawer.pay_change(50) == {50: 1}
    assert drawer.pay_change(50) == {50: 1}
    assert drawer.stock[50] == 0
    assert drawer.pay_change(40) == {20: 2}
    assert drawer.stock[20] == 8
    with pytest.raises(InsufficientChange):
        drawer.pay_change(170)


def test_failed_sale_keeps_stock():
    drawer = CashDrawer([5, 10])
    drawer.deposit(10, 1)
    with pytest.raises(InsufficientChange):
        drawer.sell(5, [10])
    assert drawer.stock == {10: 1, 5: 0}
    assert drawer.balance == 10


def test_sales_sequence_balance():
    drawer = CashDrawer(EURO_CENTS)
    drawer.deposit(1, 20)
    drawer.deposit(10, 20)
    drawer.deposit(20, 3)
    for price, paid in [(180, [200]), (45, [50]), (230, [200, 50]), (170, [200]),
                        (91, [100])]:
        before = drawer.balance
        drawer.sell(price, paid)
        assert drawer.balance == before + price
    assert drawer.stock[20] == 0
    assert drawer.stock[10] == 19
    assert drawer.stock[1] == 6
    assert drawer.stock[200] == 3


def test_random_against_model():
    rng = random.Random(5)
    for _ in range(100):
        coins = [1, 3, 4, 9, 25]
        drawer = CashDrawer(coins)
        model = {coin: 0 for coin in coins}
        for coin in coins:
            n = rng.randint(0, 6)
            drawer.deposit(coin, n)
            model[coin] += n
        for _ in range(6):
            amount = rng.randint(0, 40)
            try:
                paid = drawer.pay_change(amount)
            except InsufficientChange:
                continue
            assert sum(c * n for c, n in paid.items()) == amount
            for coin, n in paid.items():
                assert n <= model[coin]
                model[coin] -= n
            assert drawer.stock == model
