import pytest

from context_budget_plan import BudgetPlan, plan_budget


def test_busy_prompt_fills_the_window():
    plan = plan_budget(8000, 1000, 10_000, 10_000, reply_reserve=1000)
    assert plan == BudgetPlan(system=1000, history=3000, tools=3000, reply=1000)
    assert plan.total == 8000


def test_unused_tool_share_goes_to_history():
    plan = plan_budget(8000, 1000, 10_000, 500, reply_reserve=1000)
    assert (plan.history, plan.tools) == (5500, 500)


def test_unused_history_share_goes_to_tools():
    plan = plan_budget(8000, 1000, 1000, 4000, reply_reserve=1000)
    assert (plan.history, plan.tools) == (1000, 4000)


def test_small_request_gets_what_it_asks_for():
    plan = plan_budget(8000, 1000, 100, 200)
    assert (plan.history, plan.tools) == (100, 200)


def test_oversized_system_prompt_rejected():
    with pytest.raises(ValueError):
        plan_budget(8000, 7500, 0, 0, reply_reserve=1000)
