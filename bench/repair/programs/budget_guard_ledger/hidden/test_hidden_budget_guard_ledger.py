import pytest

from budget_guard_ledger import BudgetExceeded, BudgetGuard


def test_release_returns_hold_to_budget():
    guard = BudgetGuard(100)
    hold = guard.reserve(100)
    assert guard.release(hold) == 100
    assert guard.reserved == 0
    guard.reserve(100)  # the whole budget is usable again


def test_mixed_holds_summary():
    guard = BudgetGuard(1000)
    a = guard.reserve(200)
    b = guard.reserve(300)
    c = guard.reserve(100)
    guard.settle(a, 250)
    guard.release(b)
    assert guard.summary() == {"limit": 1000, "spent": 250, "reserved": 100, "available": 650, "open_holds": 1}
    guard.settle(c, 90)
    assert guard.summary() == {"limit": 1000, "spent": 340, "reserved": 0, "available": 660, "open_holds": 0}


def test_repeated_failures_do_not_exhaust_budget():
    guard = BudgetGuard(300)

    def fail():
        raise ConnectionError("reset")

    for _ in range(5):
        with pytest.raises(ConnectionError):
            guard.charge(250, fail)
    assert guard.charge(250, lambda: 240) == 240
    assert guard.available == 60


def test_unknown_or_reused_hold():
    guard = BudgetGuard(100)
    hold = guard.reserve(10)
    guard.release(hold)
    with pytest.raises(KeyError):
        guard.release(hold)
    with pytest.raises(KeyError):
        guard.settle(hold, 5)


def test_invalid_estimate_and_over_limit():
    guard = BudgetGuard(50)
    with pytest.raises(ValueError):
        guard.reserve(0)
    with pytest.raises(BudgetExceeded):
        guard.reserve(51)
