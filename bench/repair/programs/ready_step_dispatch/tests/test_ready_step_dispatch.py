from ready_step_dispatch import ready_steps

PLAN = [
    {"name": "search", "needs": []},
    {"name": "lint", "needs": [], "optional": True},
    {"name": "read", "needs": ["search"]},
    {"name": "fix", "needs": ["read", "lint"], "priority": 2},
    {"name": "report", "needs": ["read"], "priority": 1},
]


def test_initially_only_steps_without_needs():
    assert ready_steps(PLAN, {}) == ["search", "lint"]


def test_step_becomes_ready_when_needs_are_done():
    states = {"search": "done", "lint": "running"}
    assert ready_steps(PLAN, states) == ["read"]


def test_failed_optional_need_does_not_block():
    states = {"search": "done", "lint": "failed", "read": "done"}
    assert ready_steps(PLAN, states) == ["fix", "report"]


def test_failed_required_need_blocks_dependents():
    states = {"search": "failed", "lint": "done"}
    assert ready_steps(PLAN, states) == []


def test_slots_limit_dispatch():
    states = {"search": "done", "lint": "done", "read": "done"}
    assert ready_steps(PLAN, states, slots=1) == ["fix"]
