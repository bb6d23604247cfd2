import pytest

from budget_guard_ledger import BudgetExceeded, BudgetGuard


def test_reserve_then_settle():
    guard = BudgetGuard(1000)
    hold = guard.reserve(300)
    assert guard.available == 700
    assert guard.settle(hold, 250) == 750
    assert guard.spent == 250


def test_reserve_over_limit_raises():
    guard = BudgetGuard(100)
    guard.reserve(80)
    with pytest.raises(BudgetExceeded):
        guard.reserve(30)


def test_charge_records_actual_cost():
    guard = BudgetGuard(500)
    assert guard.charge(100, lambda: 60) == 60
    assert guard.summary() == {"limit": 500, "spent": 60, "reserved": 0, "available": 440, "open_holds": 0}


def test_failed_call_costs_nothing():
    guard = BudgetGuard(500)

    def boom():
        raise TimeoutError("provider timed out")

    with pytest.raises(TimeoutError):
        guard.charge(200, boom)
    assert guard.available == 500
