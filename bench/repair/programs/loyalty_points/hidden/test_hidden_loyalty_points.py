from datetime import date

import pytest

from loyalty_points import PointsAccount


def test_promo_points_earned_later_are_spent_first():
    account = PointsAccount()
    account.earn(200, date(2024, 1, 1))
    account.earn(40, date(2024, 4, 1), valid_days=14)
    account.earn(60, date(2024, 4, 2), valid_days=60)
    account.redeem(70, date(2024, 4, 5))
    assert account.statement(date(2024, 4, 5)) == [(date(2024, 6, 1), 30), (date(2024, 12, 31), 200)]
    assert account.expiring(date(2024, 4, 5), within_days=10) == 0
    assert account.balance(date(2024, 4, 5)) == 230


def test_redeem_everything_usable_with_expired_lots_around():
    account = PointsAccount()
    account.earn(70, date(2022, 5, 1))
    account.earn(30, date(2023, 9, 1))
    account.earn(45, date(2024, 2, 1), valid_days=90)
    today = date(2024, 3, 1)
    assert account.balance(today) == 75
    account.redeem(75, today)
    assert account.balance(today) == 0
    assert [lot.remaining for lot in account.lots] == [70, 0, 0]


def test_expiry_day_itself_is_too_late():
    account = PointsAccount()
    account.earn(10, date(2024, 1, 1), valid_days=10)
    account.earn(10, date(2024, 1, 5), valid_days=100)
    with pytest.raises(ValueError):
        account.redeem(11, date(2024, 1, 11))
    account.redeem(10, date(2024, 1, 11))
    assert account.lots[0].remaining == 10
    assert account.lots[1].remaining == 0


def test_partial_lots_spread_across_redemptions():
    account = PointsAccount()
    account.earn(100, date(2024, 1, 1), valid_days=200)
    account.earn(100, date(2024, 2, 1), valid_days=100)
    account.earn(100, date(2024, 3, 1), valid_days=300)
    account.redeem(60, date(2024, 3, 2))
    account.redeem(60, date(2024, 3, 3))
    assert [lot.remaining for lot in account.lots] == [80, 0, 100]
    assert account.expiring(date(2024, 3, 3), within_days=150) == 80


def test_failed_redeem_changes_nothing():
    account = PointsAccount()
    account.earn(20, date(2020, 1, 1))
    account.earn(5, date(2024, 1, 1))
    with pytest.raises(ValueError):
        account.redeem(6, date(2024, 6, 1))
    with pytest.raises(ValueError):
        account.redeem(0, date(2024, 6, 1))
    assert [lot.remaining for lot in account.lots] == [20, 5]


def test_statement_skips_spent_and_expired_lots():
    account = PointsAccount()
    account.earn(10, date(2023, 1, 1))
    account.earn(25, date(2024, 5, 1), valid_days=30)
    account.earn(15, date(2024, 5, 2))
    account.redeem(25, date(2024, 5, 3))
    assert account.statement(date(2024, 5, 3)) == [(date(2025, 5, 2), 15)]
