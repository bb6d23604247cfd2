import itertools

import pytest

from context_budget_plan import BudgetPlan, plan_budget


def test_reserve_is_held_back_from_history_and_tools():
    plan = plan_budget(4096, 96, 10_000, 10_000, reply_reserve=1000, tool_share=0.25)
    assert plan == BudgetPlan(system=96, history=2250, tools=750, reply=1000)


def test_default_reserve_counts_against_window():
    plan = plan_budget(1000, 100, 5000, 5000)
    assert plan.total == 1000
    assert plan.history + plan.tools == 644


def test_tools_take_spare_but_never_more_than_wanted():
    plan = plan_budget(10_000, 0, 100, 3100, reply_reserve=0)
    assert (plan.history, plan.tools) == (100, 3100)
    plan = plan_budget(10_000, 0, 100, 20_000, reply_reserve=0)
    assert (plan.history, plan.tools) == (100, 9900)


def test_history_takes_spare_but_never_more_than_wanted():
    plan = plan_budget(10_000, 0, 6000, 100, reply_reserve=0)
    assert (plan.history, plan.tools) == (6000, 100)


def test_exact_fit_window_allowed():
    plan = plan_budget(2000, 1500, 10, 10, reply_reserve=500)
    assert plan == BudgetPlan(system=1500, history=0, tools=0, reply=500)
    with pytest.raises(ValueError):
        plan_budget(2000, 1501, 10, 10, reply_reserve=500)


def test_invariants_over_a_grid():
    for window, system, hist, tools, reserve, share in itertools.product(
        (3000, 8192), (0, 700), (0, 400, 2000, 9000), (0, 300, 1800, 9000),
        (0, 256, 1024), (0.0, 0.3, 0.5, 1.0),
    ):
        plan = plan_budget(window, system, hist, tools, reply_reserve=reserve, tool_share=share)
        free = window - system - reserve
        assert plan.reply == reserve and plan.system == system
        assert 0 <= plan.history <= hist and 0 <= plan.tools <= tools
        assert plan.history + plan.tools == min(free, hist + tools)
        assert plan.total <= window


def test_bad_share_rejected():
    with pytest.raises(ValueError):
        plan_budget(1000, 0, 0, 0, tool_share=1.5)
