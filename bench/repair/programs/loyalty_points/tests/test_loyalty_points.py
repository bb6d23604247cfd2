from datetime import date

import pytest

from loyalty_points import PointsAccount


def test_earned_points_show_in_balance():
    account = PointsAccount()
    account.earn(120, date(2024, 1, 10))
    account.earn(80, date(2024, 2, 3))
    assert account.balance(date(2024, 2, 3)) == 200


def test_points_expire_after_a_year():
    account = PointsAccount()
    account.earn(100, date(2023, 1, 1))
    assert account.balance(date(2023, 12, 31)) == 100
    assert account.balance(date(2024, 1, 1)) == 0


def test_redeem_reduces_balance():
    account = PointsAccount()
    account.earn(300, date(2024, 1, 1))
    account.redeem(120, date(2024, 2, 1))
    assert account.balance(date(2024, 2, 1)) == 180


def test_cannot_redeem_more_than_balance():
    account = PointsAccount()
    account.earn(50, date(2024, 1, 1))
    with pytest.raises(ValueError):
        account.redeem(51, date(2024, 1, 2))


def test_soonest_expiring_points_are_spent_first():
    account = PointsAccount()
    account.earn(500, date(2024, 1, 1))
    account.earn(100, date(2024, 3, 1), valid_days=30)  # double-points weekend promo
    account.redeem(150, date(2024, 3, 5))
    assert account.balance(date(2024, 3, 5)) == 450
    assert account.expiring(date(2024, 3, 5), within_days=30) == 0


def test_expired_points_are_not_spent():
    account = PointsAccount()
    account.earn(100, date(2023, 1, 1))
    account.earn(50, date(2023, 6, 1))
    account.redeem(30, date(2024, 2, 1))
    assert account.balance(date(2024, 2, 1)) == 20
