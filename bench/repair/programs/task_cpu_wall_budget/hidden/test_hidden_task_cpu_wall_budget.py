import pytest

from task_cpu_wall_budget import BudgetExceeded, TaskBudget


class FakeClock:
    def __init__(self, start=0.0):
        self.now = start

    def __call__(self):
        return self.now


def make(cpu, wall):
    w, c = FakeClock(1000.0), FakeClock(2.0)
    return TaskBudget(cpu, wall, wall_clock=w, cpu_clock=c), w, c


def test_wall_exactly_at_limit_stops():
    b, w, c = make(5, 8)
    w.now += 8
    c.now += 1
    with pytest.raises(BudgetExceeded) as err:
        b.check()
    assert (err.value.kind, err.value.used, err.value.limit) == ("wall", 8, 8)


def test_cpu_exactly_at_limit_stops():
    b, w, c = make(4, 100)
    c.now += 4
    with pytest.raises(BudgetExceeded) as err:
        b.check()
    assert err.value.kind == "cpu"


def test_just_under_limits_passes():
    b, w, c = make(4, 8)
    c.now += 3
    w.now += 7
    assert b.check() == {"cpu": 1, "wall": 1}


def test_past_limits_and_cpu_reported_first():
    b, w, c = make(2, 3)
    c.now += 5
    w.now += 9
    with pytest.raises(BudgetExceeded) as err:
        b.check()
    assert err.value.kind == "cpu"
    assert b.remaining() == {"cpu": 0.0, "wall": 0.0}


def test_wall_over_limit():
    b, w, c = make(50, 3)
    w.now += 3.5
    with pytest.raises(BudgetExceeded) as err:
        b.check()
    assert err.value.kind == "wall"
    assert "3.50s of 3.00s" in str(err.value)


def test_zero_wall_budget_is_spent_immediately():
    b, w, c = make(10, 0)
    with pytest.raises(BudgetExceeded) as err:
        b.check()
    assert err.value.kind == "wall"
