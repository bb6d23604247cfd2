import pytest

from cash_drawer_change import CashDrawer, InsufficientChange

EURO_CENTS = [1, 2, 5, 10, 20, 50, 100, 200]


def stocked_drawer():
    drawer = CashDrawer(EURO_CENTS)
    for coin in EURO_CENTS:
        drawer.deposit(coin, 10)
    return drawer


def test_plan_uses_largest_coins_first():
    assert stocked_drawer().plan_change(287) == {200: 1, 50: 1, 20: 1, 10: 1, 5: 1, 2: 1}


def test_deposit_adds_to_balance():
    drawer = CashDrawer(EURO_CENTS)
    drawer.deposit(50, 3)
    drawer.deposit(50)
    drawer.deposit(2, 2)
    assert drawer.balance == 204


def test_unknown_coin_rejected():
    with pytest.raises(ValueError):
        CashDrawer(EURO_CENTS).deposit(3)


def test_works_around_missing_coins():
    drawer = CashDrawer(EURO_CENTS)
    drawer.deposit(20, 5)
    drawer.deposit(10, 1)
    assert drawer.plan_change(60) == {20: 3}


def test_cannot_pay():
    drawer = CashDrawer(EURO_CENTS)
    drawer.deposit(5, 4)
    with pytest.raises(InsufficientChange):
        drawer.plan_change(7)


def test_balance_after_paying_change():
    drawer = stocked_drawer()
    start = drawer.balance
    assert drawer.pay_change(70) == {50: 1, 20: 1}
    assert drawer.balance == start - 70


def test_sale():
    drawer = stocked_drawer()
    change = drawer.sell(130, [100, 50])
    assert change == {20: 1}
    assert drawer.stock[100] == 11
