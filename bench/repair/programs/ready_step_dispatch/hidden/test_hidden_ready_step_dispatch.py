from ready_step_dispatch import ready_steps


def test_pending_optional_need_still_blocks():
    plan = [
        {"name": "warmup", "needs": [], "optional": True},
        {"name": "main", "needs": ["warmup"]},
    ]
    assert ready_steps(plan, {}) == ["warmup"]
    assert ready_steps(plan, {"warmup": "running"}) == []


def test_failed_required_need_among_done_ones_blocks():
    plan = [
        {"name": "a", "needs": []},
        {"name": "b", "needs": []},
        {"name": "c", "needs": ["a", "b"]},
    ]
    assert ready_steps(plan, {"a": "done", "b": "failed"}) == []
    assert ready_steps(plan, {"a": "done", "b": "done"}) == ["c"]


def test_cancelled_need_blocks_even_if_optional():
    plan = [
        {"name": "opt", "needs": [], "optional": True},
        {"name": "after", "needs": ["opt"]},
    ]
    assert ready_steps(plan, {"opt": "cancelled"}) == []
    assert ready_steps(plan, {"opt": "failed"}) == ["after"]


def test_priority_then_plan_order():
    plan = [
        {"name": "low", "needs": [], "priority": -1},
        {"name": "mid1", "needs": []},
        {"name": "high", "needs": [], "priority": 5},
        {"name": "mid2", "needs": []},
    ]
    assert ready_steps(plan, {}) == ["high", "mid1", "mid2", "low"]


def test_slots_count_running_steps():
    plan = [{"name": n, "needs": []} for n in "abcde"]
    states = {"a": "running", "b": "running"}
    assert ready_steps(plan, states, slots=3) == ["c"]
    assert ready_steps(plan, states, slots=2) == []
    assert ready_steps(plan, states, slots=1) == []


def test_non_pending_steps_are_not_offered():
    plan = [{"name": n, "needs": []} for n in "abcd"]
    states = {"a": "done", "b": "failed", "c": "cancelled"}
    assert ready_steps(plan, states) == ["d"]
