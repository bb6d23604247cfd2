import pytest

from task_cpu_wall_budget import BudgetExceeded, TaskBudget


class FakeClock:
    def __init__(self, start=0.0):
        self.now = start

    def __call__(self):
        return self.now


def make(cpu=10.0, wall=30.0):
    wall_clock, cpu_clock = FakeClock(100.0), FakeClock(5.0)
    budget = TaskBudget(cpu, wall, wall_clock=wall_clock, cpu_clock=cpu_clock)
    return budget, wall_clock, cpu_clock


def test_fresh_budget_has_everything_left():
    budget, _, _ = make()
    assert budget.check() == {"cpu": 10.0, "wall": 30.0}


def test_usage_is_measured_from_start():
    budget, wall, cpu = make()
    wall.now += 12.0
    cpu.now += 3.0
    assert budget.used() == {"cpu": 3.0, "wall": 12.0}
    assert budget.check() == {"cpu": 7.0, "wall": 18.0}


def test_cpu_budget_reached():
    budget, _, cpu = make()
    cpu.now += 10.0
    with pytest.raises(BudgetExceeded) as err:
        budget.check()
    assert err.value.kind == "cpu"


def test_wall_budget_reached():
    budget, wall, _ = make()
    wall.now += 30.0
    with pytest.raises(BudgetExceeded) as err:
        budget.check()
    assert err.value.kind == "wall"
    assert err.value.limit == 30.0
